// A Postgres copy of the device feed, which is where catch-up reads a device's backlog.
//
// Why: nats-server 2.9.10 serves a filtered consumer that starts inside the first half of a
// message block at up to about 1 ms per entry. Measured: 10,000 entries of one user in a
// 20,000-entry block took 3.5–7 s from their first position and 0.6 s from the block's start
// (the DESIGN's "measure it" case). Here they come back in pages by (user_id, cursor).
//
// The copy is always a prefix of FEED. The conversations projector inserts a batch's entries
// in the transaction that commits the batch, after JetStream stored them. `high` is the cursor
// up to which the copy is complete, and it moves in the same statement. A crash between the
// FEED publish and the commit leaves FEED ahead. So does a Postgres crash, which empties the
// tables: they are UNLOGGED, because everything in them is in FEED too. Either way the
// projector copies what FEED has beyond `high` before it writes anything new (reconcile).
// Readers take entries up to `high` from here and anything newer from the stream.
import { DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { sql, type Kysely } from 'kysely';
import { binaryCopyFields, copyOut, type Database, type Db } from '../../shared/db.js';
import { feedEntryHead } from '../../shared/events.js';
import { isWithheld } from './lifecycle-queries.js';
import type { Names } from '../../shared/names.js';

export interface FeedCopyRow {
  userId: string;
  cursor: number;
  data: Uint8Array;
  /** The message whose content the entry carries (FeedEntryMeta.messageId), if any. */
  messageId?: string | undefined;
}

const COPY_BATCH = 2000;

/**
 * Stores entries and moves `high` to at least `high`, in one statement. The entries' bytes
 * travel as one bytea parameter (pg sends a Buffer in binary, untouched) cut up by offset and
 * length in the statement; an array of bytea would be hex-escaped on both sides, which
 * measured about twice the CPU in Node and Postgres for the same rows.
 */
export async function insertFeedCopy(tx: Kysely<Database>, rows: readonly FeedCopyRow[], high: number): Promise<void> {
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
  await sql`
    with stored as (
      insert into feed_entries (user_id, cursor, data, message_id)
      select u, c, substring(${blob}::bytea from o + 1 for l), m
      from unnest(${users}::text[], ${cursors}::bigint[], ${offsets}::int[], ${lengths}::int[], ${messageIds}::text[]) as x(u, c, o, l, m)
      on conflict do nothing
    )
    insert into feed_copy_high (id, high) values (1, ${high})
    on conflict (id) do update set high = greatest(feed_copy_high.high, excluded.high)`.execute(tx);
}

/** The cursor up to which the copy holds every entry (0: nothing yet). */
export async function feedCopyHigh(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('feed_copy_high').select('high').where('id', '=', 1).executeTakeFirst();
  return row?.high ?? 0;
}

/** A page of one user's copied entries. */
export interface FeedCopyPage {
  /** Oldest first; seq is the cursor. data are views into one buffer. */
  entries: Array<{ seq: number; data: Uint8Array }>;
  /**
   * Cursors of entries carrying the content of a message deleted for everyone or hidden by
   * this user, which a catch-up passes over (content-screen.ts).
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
function pageOf(fields: Array<Buffer | null>, width: number): FeedCopyPage {
  const entries: FeedCopyPage['entries'] = [];
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
export async function readFeedCopy(db: Db, userId: string, after: number, upTo: number, limit: number): Promise<FeedCopyPage> {
  return pageOf(binaryCopyFields(await copyOut(db, pageRows(userId, after, upTo, limit)), 3), 3);
}

/**
 * Opens a catch-up over one user's copied entries in (after, upTo], in one statement and so
 * one snapshot: the copy's high and the first page. Rows and high move together
 * (insertFeedCopy) and new rows only come above the high, so every entry at or below it is
 * in the copy now and stays there. (The rows are not bounded by the high in the query: that
 * would hide the bound from the planner, which then reads the user's whole range and sorts it.)
 */
export async function openFeedCopy(
  db: Db,
  userId: string,
  after: number,
  upTo: number,
  size: number,
): Promise<{ high: number; first: FeedCopyPage }> {
  // Every row carries the high; with no entries there is still one row, its entry NULL.
  const fields = binaryCopyFields(
    await copyOut(
      db,
      sql`select h.high, p.cursor, p.data, p.withheld
          from (select coalesce((select high from feed_copy_high where id = 1), 0)::bigint as high) h
          left join lateral (${pageRows(userId, after, upTo, size)}) p on true
          order by p.cursor`,
    ),
    4,
  );
  return { high: fields[0] ? int8(fields[0]) : 0, first: pageOf(fields, 4) };
}

/**
 * Where pages of `size` entries of one user's range (after, upTo] end: the cursor of every
 * size-th entry, an index walk of the range. Asked beside openFeedCopy, on another connection
 * and so in another snapshot: a reader takes the ends as a plan for reading pages at once,
 * and reads each range to its end whatever it holds.
 */
export async function feedCopyBounds(db: Db, userId: string, after: number, upTo: number, size: number): Promise<number[]> {
  const { rows } = await sql<{ bounds: string | null }>`
    select string_agg(t.cursor::text, ',' order by t.cursor) as bounds
    from (select cursor, row_number() over (order by cursor) as n
          from feed_entries where user_id = ${userId} and cursor > ${after} and cursor <= ${upTo}) t
    where t.n % ${size} = 0`.execute(db);
  const bounds = rows[0]?.bounds;
  return bounds ? bounds.split(',').map(Number) : [];
}

/**
 * Makes the copy whole again: copies the FEED entries beyond `high` (all of FEED if the
 * copy is empty) and drops what FEED no longer retains. Run by the projector before it
 * writes to FEED, so nothing is written while it copies.
 */
export async function reconcileFeedCopy(nc: NatsConnection, db: Db, names: Names): Promise<{ copied: number }> {
  const jsm = await jetstreamManager(nc);
  const { state } = await jsm.streams.info(names.feedStream);
  await pruneFeedCopy(db, state.first_seq);
  const high = await feedCopyHigh(db);
  if (state.messages === 0 || state.last_seq <= high) return { copied: 0 };
  const from = Math.max(high + 1, state.first_seq);
  const consumer = await jetstream(nc).consumers.get(names.feedStream, { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: from });
  const messages = await consumer.consume({ max_messages: COPY_BATCH });
  const prefix = names.feedSubject('');
  let rows: FeedCopyRow[] = [];
  let copied = 0;
  const flush = async (upTo: number) => {
    await db.transaction().execute((tx) => insertFeedCopy(tx, rows, upTo));
    copied += rows.length;
    rows = [];
  };
  try {
    for await (const m of messages) {
      rows.push({ userId: m.subject.slice(prefix.length), cursor: m.seq, data: m.data, messageId: feedEntryHead(m.data).messageId });
      if (m.seq >= state.last_seq) break;
      if (rows.length >= COPY_BATCH) await flush(m.seq);
    }
    await flush(state.last_seq);
  } finally {
    messages.stop();
  }
  return { copied };
}

/** Drops entries FEED no longer retains (below its first sequence). */
export async function pruneFeedCopy(db: Db, firstRetained: number): Promise<void> {
  await db.deleteFrom('feed_entries').where('cursor', '<', firstRetained).execute();
}
