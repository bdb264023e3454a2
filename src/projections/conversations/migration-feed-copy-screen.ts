// The message each copied feed entry carries (MessagePosted, MessageEdited), so a catch-up
// page comes back already screened for deleted content in the same query (feed-copy.ts).
// Rows copied before this column existed have no message id and would escape the screen, so
// the copy is emptied: the projector's reconcile copies FEED back into it at its next start,
// as after a Postgres crash.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`truncate feed_entries, feed_copy_high`.execute(db);
  await sql`alter table feed_entries add column message_id text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table feed_entries drop column message_id`.execute(db);
}
