// Message lifecycle: edits, deletions (for everyone, and per user), reactions and replies,
// and full-text search over messages.
//
// Search is an expression index (GIN over to_tsvector('simple', text)) rather than a stored
// tsvector column: the same index, without a second copy of every text in the table, and a
// deletion (text set to '') leaves nothing behind in it. 'simple' does no stemming and no
// stop words, so it treats every language alike (roughly: whole words, case-folded).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('messages')
    .addColumn('reply_to_message_id', 'text')
    .addColumn('edit_until_ms', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('delete_until_ms', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('edited_at_ms', 'bigint')
    .addColumn('edit_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('deleted_at_ms', 'bigint')
    .addColumn('deleted_by', 'text')
    .execute();
  await sql`create index messages_search on messages using gin (to_tsvector('simple', text))`.execute(db);
  // Deleted messages only: what a catch-up's screen looks up (1,000 ids per chunk), so it
  // probes a small index instead of the whole message_id index.
  await sql`create index messages_deleted on messages (message_id) where deleted_at_ms is not null`.execute(db);
  await sql`create index messages_replies on messages (reply_to_message_id, seq) where reply_to_message_id is not null`.execute(db);
  // Every accepted lifecycle event, in conversation order: what a large group's followers
  // catch up on (with the messages), and how a command sees that its event was applied.
  await db.schema
    .createTable('message_events')
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'smallint', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('emoji', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('at_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('message_events_pk', ['conversation_id', 'seq'])
    .execute();
  await db.schema.createIndex('message_events_message').on('message_events').column('message_id').execute();
  await db.schema
    .createTable('reactions')
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('emoji', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('at_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('reactions_pk', ['message_id', 'user_id', 'emoji'])
    .execute();
  await db.schema
    .createTable('message_hides')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('message_hides_pk', ['user_id', 'message_id'])
    .execute();
  // Former members' windows: (joined, removed) per removal. Search shows a removed member the
  // messages of their time in the conversation, and nothing after it.
  await db.schema
    .createTable('member_windows')
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('joined_seq', 'bigint', (c) => c.notNull())
    .addColumn('removed_seq', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('member_windows_pk', ['user_id', 'conversation_id', 'removed_seq'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('member_windows').execute();
  await db.schema.dropTable('message_hides').execute();
  await db.schema.dropTable('reactions').execute();
  await db.schema.dropTable('message_events').execute();
  await sql`drop index messages_replies`.execute(db);
  await sql`drop index messages_deleted`.execute(db);
  await sql`drop index messages_search`.execute(db);
  await db.schema
    .alterTable('messages')
    .dropColumn('reply_to_message_id')
    .dropColumn('edit_until_ms')
    .dropColumn('delete_until_ms')
    .dropColumn('edited_at_ms')
    .dropColumn('edit_count')
    .dropColumn('deleted_at_ms')
    .dropColumn('deleted_by')
    .execute();
}
