// The full-text index's pending list, capped at 256 kB instead of Postgres' 4 MB. A GIN index
// takes new entries into an unsorted pending list and merges it into the index when it is
// full, in whichever insert fills it. At 10,000 1:1 msgs/s that was one messages insert of the
// conversations projector every ~2.9 s taking 41-55 ms in Postgres (its statement log)
// instead of 1-10, and every message behind it in the stream waited. A list a sixteenth the
// size is merged sixteen times as often, each merge a sixteenth of the work: with it no
// insert took over 20 ms in Postgres under the steady load (up to 26 ms in the start-up
// backlog's batches of 1,000). (fastupdate off, no pending list at all, made every insert
// slower: the start-up backlog's took 15-36 ms.)
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter index messages_search set (gin_pending_list_limit = 256)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter index messages_search reset (gin_pending_list_limit)`.execute(db);
}
