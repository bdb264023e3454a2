// The Postgres copy of the device feed (feed-copy.ts): UNLOGGED, since FEED holds all of it
// and the projector copies back whatever is missing. Entries are read by (user_id, cursor);
// the BRIN index serves the retention prune by cursor alone at almost no write cost
// (cursors grow with the table's physical order).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create unlogged table feed_entries (
    user_id text not null,
    cursor bigint not null,
    data bytea not null,
    primary key (user_id, cursor)
  )`.execute(db);
  await sql`create index feed_entries_cursor on feed_entries using brin (cursor)`.execute(db);
  await sql`create unlogged table feed_copy_high (id integer primary key, high bigint not null)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('feed_copy_high').execute();
  await db.schema.dropTable('feed_entries').execute();
}
