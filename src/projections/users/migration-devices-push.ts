// Devices get a push token (one per device, and a token on one device only), and users their
// muted conversations (PushTokenSet, PushTokenRemoved, ConversationMuteSet).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('devices')
    .addColumn('push_kind', 'text')
    .addColumn('push_token', 'text')
    .addColumn('push_set_at_ms', 'bigint')
    .execute();
  // Registering a token takes it from any other device; the index says so and finds it.
  await db.schema
    .createIndex('devices_push_token')
    .on('devices')
    .columns(['push_kind', 'push_token'])
    .unique()
    .where(sql.ref('push_token'), 'is not', null)
    .execute();
  await db.schema
    .createTable('conversation_mutes')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('until_ms', 'bigint')
    .addColumn('at_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('conversation_mutes_pk', ['user_id', 'conversation_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('conversation_mutes').execute();
  await db.schema.dropIndex('devices_push_token').execute();
  await db.schema.alterTable('devices').dropColumn('push_kind').dropColumn('push_token').dropColumn('push_set_at_ms').execute();
}
