// The device feed moves from the FEED stream into Postgres (feed-log.ts): feed_entries is no
// longer a copy of a stream but the feed itself, so its tables are logged. The row of
// feed_high keeps, besides the cursor counter, what the last batch sent live (to send it
// again after a crash between the commit and the publish) and where retention begins;
// feed_marks says when the counter stood where, for the retention by age.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table feed_entries set logged`.execute(db);
  await sql`alter table feed_copy_high rename to feed_high`.execute(db);
  await sql`alter table feed_high set logged`.execute(db);
  await sql`alter table feed_high
    add column prev_high bigint not null default 0,
    add column announcements jsonb not null default '[]',
    add column first_retained bigint not null default 0`.execute(db);
  await sql`create table feed_marks (cursor bigint primary key, at timestamptz not null)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table feed_marks`.execute(db);
  await sql`alter table feed_high drop column prev_high, drop column announcements, drop column first_retained`.execute(db);
  await sql`alter table feed_high rename to feed_copy_high`.execute(db);
  await sql`alter table feed_copy_high set unlogged`.execute(db);
  await sql`alter table feed_entries set unlogged`.execute(db);
}
