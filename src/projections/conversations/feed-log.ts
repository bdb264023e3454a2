// The device feed: one row per entry (recipient user, cursor, the encoded Deliver), kept in
// Postgres by the conversations projector and read by catch-up in pages by (user_id, cursor).
//
// Why not a FEED stream: a 1:1 message made three JetStream writes (CONV and two feed
// entries), and this machine's JetStream takes 12,000-27,000 acknowledged writes/s in all, so
// the feed alone capped 1:1 chat below the 10,000 msgs/s goal. Catch-up already read a
// Postgres copy of the stream (nats-server 2.9.10 serves a filtered consumer that starts
// inside the first half of a message block at up to 1 ms per entry). Now that copy is the feed.
//
// The projector gives out cursors from one counter, `high`, in log order: the feed of a batch
// is inserted, and the counter moved, in the batch's own transaction, which commits with the
// projection's checkpoint. The fold is deterministic, so a batch applied again after a crash
// or a lost commit gets the same entries with the same cursors. The counter moves only from
// the value the batch started at (compare and set), so a second writer fails instead of
// giving out a cursor twice. Entries go out live on core NATS after the commit; the row
// remembers the last batch's range and large-group announcements, which a restarted writer
// sends again (gateways skip what a device already has by cursor).
import { DeliverPolicy, JetStreamApiError, jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { sql, type Kysely } from 'kysely';
import { arrayLiteral, binaryCopyFields, copyOut, prepared, type Database, type Db } from '../../shared/db.js';
import { feedEntryHead } from '../../shared/events.js';
import { isWithheld } from './lifecycle-queries.js';
import type { Names } from '../../shared/names.js';
import type { Announcement } from './tables.js';

export interface FeedRow {
  userId: string;
  cursor: number;
  data: Uint8Array;
  /** The message whose content the entry carries (FeedEntryMeta.messageId), if any. */
  messageId?: string | undefined;
}

/** The feed's state row. */
export interface FeedState {
  high: number;
  prevHigh: number;
  announcements: Announcement[];
  firstRetained: number;
}

const IMPORT_BATCH = 2000;

/** Reads the feed's state row, creating it (an empty feed) if there is none. */
export async function feedState(db: Kysely<Database>): Promise<FeedState> {
  await db.insertInto('feed_high').values({ id: 1, high: 0, prev_high: 0, announcements: '[]', first_retained: 0 }).onConflict((oc) => oc.doNothing()).execute();
  const row = await db.selectFrom('feed_high').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  return { high: row.high, prevHigh: row.prev_high, announcements: row.announcements, firstRetained: row.first_retained };
}

/** The newest cursor given out (0: none yet). */
export async function feedHigh(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('feed_high').select('high').where('id', '=', 1).executeTakeFirst();
  return row?.high ?? 0;
}

/** The oldest cursor retention keeps (entries below it are gone). */
export async function feedFirstRetained(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('feed_high').select('first_retained').where('id', '=', 1).executeTakeFirst();
  return row?.first_retained ?? 0;
}

/**
 * Stores a batch's entries and moves the counter from `from` to `to`, recording the batch
 * (its range and announcements) for a resend after a crash, in one statement. Throws if the
 * counter was not at `from`: another writer moved it. The entries' bytes travel as one bytea
 * parameter (pg sends a Buffer in binary, untouched) cut up by offset and length in the
 * statement; an array of bytea would be hex-escaped on both sides, which measured about
 * twice the CPU in Node and Postgres for the same rows.
 */
export async function insertFeedBatch(
  tx: Kysely<Database>,
  rows: readonly FeedRow[],
  from: number,
  to: number,
  announcements: readonly Announcement[],
): Promise<void> {
  const users: string[] = [];
  const messageIds: Array<string | null> = [];
  const cursors: number[] = [];
  const offsets: number[] = [];
  const lengths: number[] = [];
  const parts: Uint8Array[] = [];
  let offset = 0;
  for (const r of rows) {
    users.push(r.userId);
    messageIds.push(r.messageId || null);
    cursors.push(r.cursor);
    offsets.push(offset);
    lengths.push(r.data.byteLength);
    parts.push(r.data);
    offset += r.data.byteLength;
  }
  const blob = Buffer.concat(parts, offset);
  const { rows: moved } = await prepared<{ id: number }>`
    with stored as (
      insert into feed_entries (user_id, cursor, data, message_id)
      select u, c, substring(${blob}::bytea from o + 1 for l), m
      from unnest(${arrayLiteral(users)}::text[], ${arrayLiteral(cursors)}::bigint[], ${arrayLiteral(offsets)}::int[], ${arrayLiteral(lengths)}::int[],
        ${arrayLiteral(messageIds)}::text[]) as x(u, c, o, l, m)
    )
    update feed_high set high = ${to}, prev_high = ${from}, announcements = ${JSON.stringify(announcements)}::jsonb
    where id = 1 and high = ${from}
    returning id`.execute(tx);
  if (moved.length !== 1) throw new Error(`the feed's counter moved away from ${from}: another writer is running`);
}

/** The cursor of the user's newest entry, 0 if there is none. */
export async function lastCursorOf(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db.selectFrom('feed_entries').select((eb) => eb.fn.max('cursor').as('cursor')).where('user_id', '=', userId).executeTakeFirst();
  return row?.cursor == null ? 0 : Number(row.cursor);
}

/** A page of one user's entries. */
export interface FeedPage {
  /** Oldest first; seq is the cursor. data are views into one buffer. */
  entries: Array<{ seq: number; data: Uint8Array }>;
  /**
   * Cursors of entries carrying the content of a message deleted for everyone or hidden by
   * this user, which a catch-up passes over (isWithheld in lifecycle-queries.ts).
   */
  withheld: Set<number> | undefined;
}

/**
 * One user's entries with after < cursor <= upTo, oldest first, at most limit of them, each
 * with its withheld flag: the screen for deleted content is in the page's own query.
 */
function pageRows(userId: string, after: number, upTo: number, limit: number) {
  return sql`
    select f.cursor, f.data,
      f.message_id is not null and ${isWithheld(sql.ref('f.message_id'), sql.ref('f.user_id'))} as withheld
    from feed_entries f
    where f.user_id = ${userId} and f.cursor > ${after} and f.cursor <= ${upTo}
    order by f.cursor
    limit ${limit}`;
}

/** An int8 from a binary COPY field (cursors stay far below 2^53). */
function int8(field: Buffer): number {
  return field.readUInt32BE(0) * 0x1_0000_0000 + field.readUInt32BE(4);
}

/**
 * A page from binary COPY fields (binaryCopyFields), rows of `width` fields ending in
 * (cursor, data, withheld); a row whose cursor is NULL holds no entry.
 */
function pageOf(fields: Array<Buffer | null>, width: number): FeedPage {
  const entries: FeedPage['entries'] = [];
  let withheld: Set<number> | undefined;
  for (let i = width - 3; i < fields.length; i += width) {
    const cursor = fields[i];
    if (!cursor) continue;
    const seq = int8(cursor);
    entries.push({ seq, data: fields[i + 1]! });
    if (fields[i + 2]![0] === 1) (withheld ??= new Set()).add(seq);
  }
  return { entries, withheld };
}

/**
 * One user's entries with after < cursor <= upTo, at most limit of them: one round trip, read
 * as a binary COPY, so the entries' bytes arrive as they are stored (copyOut says why).
 */
export async function readFeedPage(db: Db, userId: string, after: number, upTo: number, limit: number): Promise<FeedPage> {
  return pageOf(binaryCopyFields(await copyOut(db, pageRows(userId, after, upTo, limit)), 3), 3);
}

/**
 * Opens a catch-up over one user's entries in (after, upTo], in one statement and so one
 * snapshot: the feed's high and the first page. Rows and high move together
 * (insertFeedBatch) and new rows only come above the high, so every entry at or below it is
 * in the feed now and stays there (until retention drops it). (The rows are not bounded by the high in the query: that
 * would hide the bound from the planner, which then reads the user's whole range and sorts it.)
 */
export async function openFeed(
  db: Db,
  userId: string,
  after: number,
  upTo: number,
  size: number,
): Promise<{ high: number; first: FeedPage }> {
  // Every row carries the high; with no entries there is still one row, its entry NULL.
  const fields = binaryCopyFields(
    await copyOut(
      db,
      sql`select h.high, p.cursor, p.data, p.withheld
          from (select coalesce((select high from feed_high where id = 1), 0)::bigint as high) h
          left join lateral (${pageRows(userId, after, upTo, size)}) p on true
          order by p.cursor`,
    ),
    4,
  );
  return { high: fields[0] ? int8(fields[0]) : 0, first: pageOf(fields, 4) };
}

/**
 * Where pages of `size` entries of one user's range (after, upTo] end: the cursor of every
 * size-th entry, an index walk of the range. Asked beside openFeed, on another connection
 * and so in another snapshot: a reader takes the ends as a plan for reading pages at once,
 * and reads each range to its end whatever it holds.
 */
export async function feedPageBounds(db: Db, userId: string, after: number, upTo: number, size: number): Promise<number[]> {
  const { rows } = await sql<{ bounds: string | null }>`
    select string_agg(t.cursor::text, ',' order by t.cursor) as bounds
    from (select cursor, row_number() over (order by cursor) as n
          from feed_entries where user_id = ${userId} and cursor > ${after} and cursor <= ${upTo}) t
    where t.n % ${size} = 0`.execute(db);
  const bounds = rows[0]?.bounds;
  return bounds ? bounds.split(',').map(Number) : [];
}

/**
 * Imports what a FEED stream (the feed's home before it moved here) holds beyond `high`, once,
 * and moves the counter to the stream's end, so devices keep their cursors across the
 * upgrade. Nothing to do where there is no such stream or it holds nothing new.
 */
export async function importStreamFeed(nc: NatsConnection, db: Db, names: Names): Promise<{ imported: number }> {
  const jsm = await jetstreamManager(nc);
  let state;
  try {
    state = (await jsm.streams.info(names.legacyFeedStream)).state;
  } catch (err) {
    if (err instanceof JetStreamApiError && err.code === 10059) return { imported: 0 };
    throw err;
  }
  const { high } = await feedState(db);
  if (state.messages === 0 || state.last_seq <= high) return { imported: 0 };
  const from = Math.max(high + 1, state.first_seq);
  const consumer = await jetstream(nc).consumers.get(names.legacyFeedStream, { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: from });
  const messages = await consumer.consume({ max_messages: IMPORT_BATCH });
  const prefix = names.legacyFeedSubject('');
  let rows: FeedRow[] = [];
  let imported = 0;
  let at = high;
  const flush = async (upTo: number) => {
    await db.transaction().execute((tx) => insertFeedBatch(tx, rows, at, upTo, []));
    imported += rows.length;
    at = upTo;
    rows = [];
  };
  try {
    for await (const m of messages) {
      rows.push({ userId: m.subject.slice(prefix.length), cursor: m.seq, data: m.data, messageId: feedEntryHead(m.data).messageId });
      if (m.seq >= state.last_seq) break;
      if (rows.length >= IMPORT_BATCH) await flush(m.seq);
    }
    await flush(state.last_seq);
  } finally {
    messages.stop();
  }
  return { imported };
}

/**
 * Retention by age: records where the counter stands now, then drops every entry at or below
 * the newest mark older than maxAgeS (0: keep forever). Returns the first cursor retained.
 */
export async function pruneFeed(db: Db, maxAgeS: number, now = new Date()): Promise<number> {
  if (maxAgeS <= 0) return feedFirstRetained(db);
  const high = await feedHigh(db);
  // The counter may stand still: its earliest time there is the one that counts.
  await db
    .insertInto('feed_marks')
    .values({ cursor: high, at: now })
    .onConflict((oc) => oc.column('cursor').doUpdateSet({ at: sql`least(feed_marks.at, excluded.at)` }))
    .execute();
  const cutoff = new Date(now.getTime() - maxAgeS * 1000);
  const mark = await db.selectFrom('feed_marks').select((eb) => eb.fn.max('cursor').as('cursor')).where('at', '<=', cutoff).executeTakeFirst();
  const upTo = mark?.cursor == null ? 0 : Number(mark.cursor);
  if (upTo <= 0) return feedFirstRetained(db);
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('feed_entries').where('cursor', '<=', upTo).execute();
    await tx.updateTable('feed_high').set({ first_retained: upTo + 1 }).where('id', '=', 1).where('first_retained', '<', upTo + 1).execute();
    await tx.deleteFrom('feed_marks').where('cursor', '<', upTo).execute();
  });
  return upTo + 1;
}
