// Groups: a member limit and history sharing per conversation, a role per member.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('conversations')
    .addColumn('member_limit', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('share_history', 'boolean', (c) => c.notNull().defaultTo(sql`false`))
    .execute();
  await db.schema.alterTable('conversation_members').addColumn('role', 'smallint', (c) => c.notNull().defaultTo(1)).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('conversation_members').dropColumn('role').execute();
  await db.schema.alterTable('conversations').dropColumn('member_limit').dropColumn('share_history').execute();
}
