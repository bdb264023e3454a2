// Writes the device feed (feed-log.ts) for the conversations projector: it gives every entry
// its cursor, stores a batch's entries in the batch's transaction, and once that has committed
// sends them live on core NATS, in order with the large-group announcements around them, as
// few messages per batch (live-batch.ts). Only committed entries go out, so a device never
// holds a cursor the feed does not have.
//
// After a crash between the commit and the publish, the last batch's entries and
// announcements were stored but maybe never sent; init() sends them again (gateways skip what a
// device already has by cursor, group followers by seq). When the writer's NATS connection
// drops, whatever was in flight may be lost: once it is back, the writer tells every gateway
// (names.feedInterruptedSubject), and they close their sockets so that devices resume from
// their cursors, reading the feed (live-feed-guard.ts).
import type { NatsConnection } from '@nats-io/transport-node';
import type { Kysely } from 'kysely';
import type { Database, Db } from '../../shared/db.js';
import { encodeFeedEntry, type FeedEntryMeta } from '../../shared/events.js';
import { encodeLiveBatch, LIVE_FEED, LIVE_GROUP, type LiveRecord } from '../../shared/live-batch.js';
import type { Names } from '../../shared/names.js';
import type { Logger } from '../../shared/log.js';
import { feedState, importStreamFeed, insertFeedBatch, pruneFeed, type FeedRow } from './feed-log.js';
import { announcedConversation, type Announcement } from './tables.js';

/** How often retention runs. */
const PRUNE_EVERY_MS = 60_000;

/** Re-sends of the last batch are read in pages of this many entries. */
const RESEND_PAGE = 2000;

type Pending = { kind: 'entry'; row: FeedRow } | { kind: 'announcement'; conversationId: string; data: Uint8Array };

export class FeedWriter {
  /** The counter as committed: the last cursor given out. */
  private high = 0;
  private nextCursor = 1;
  /** What the batch being applied sends, in log order; out only after it commits. */
  private pending: Pending[] = [];
  /** A committed batch's sends, waiting for publishCommitted(). */
  private committed: Pending[] = [];
  private pruneTimer: NodeJS.Timeout | undefined;
  private watching = false;

  /** maxAgeS: retention by age (0: keep forever). */
  constructor(
    private readonly nc: NatsConnection,
    private readonly names: Names,
    private readonly db: Db,
    private readonly maxAgeS = 0,
    private readonly log?: Logger,
  ) {}

  /** Reads the counter (importing a pre-Postgres FEED stream once) and re-sends the last batch. */
  async init(): Promise<void> {
    this.pending = [];
    this.committed = [];
    const { imported } = await importStreamFeed(this.nc, this.db, this.names);
    if (imported > 0) this.log?.info({ imported, stream: this.names.legacyFeedStream }, 'imported the feed stream into Postgres');
    const state = await feedState(this.db);
    this.high = state.high;
    this.nextCursor = state.high + 1;
    await this.resend(state.prevHigh, state.high, state.announcements);
    this.schedulePrune();
    this.watchConnection();
  }

  /** Tells the gateways once the connection is back after a drop (see the top of this file). */
  private watchConnection(): void {
    if (this.watching) return;
    this.watching = true;
    void (async () => {
      let dropped = false;
      for await (const s of this.nc.status()) {
        if (s.type === 'disconnect') dropped = true;
        else if (s.type === 'reconnect' && dropped) {
          dropped = false;
          this.log?.warn('NATS connection back: telling the gateways that live entries may have been lost');
          this.nc.publish(this.names.feedInterruptedSubject);
        }
      }
    })().catch(() => undefined);
  }

  /**
   * Queues the entries of one event for its recipients, each with the next cursor. Nothing is
   * stored until commit() nor sent until publishCommitted(). unread: the count to put in one
   * recipient's entry.
   */
  append(
    convSeq: number,
    recipients: readonly string[],
    eventBytes: Uint8Array,
    meta: FeedEntryMeta,
    unread?: { userId: string; count: number },
  ): void {
    for (const userId of recipients) {
      const cursor = this.nextCursor++;
      const entryMeta = unread?.userId === userId ? { ...meta, unreadCount: unread.count } : meta;
      this.pending.push({ kind: 'entry', row: { userId, cursor, data: encodeFeedEntry(cursor, convSeq, eventBytes, entryMeta), messageId: meta.messageId } });
    }
  }

  /**
   * Queues a large group's message for the gateways of its followers, to go out in order with
   * the feed entries around it, so a gateway sees a group's messages and the feed entries
   * about the group in log order.
   */
  announce(conversationId: string, data: Uint8Array): void {
    this.pending.push({ kind: 'announcement', conversationId, data });
  }

  /**
   * Stores the queued entries in tx, the batch's transaction, moving the counter (which fails
   * if another writer moved it first). The sends wait for publishCommitted().
   */
  async commit(tx: Kysely<Database>): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    const rows: FeedRow[] = [];
    const announcements: Announcement[] = [];
    let after = this.high;
    for (const p of batch) {
      if (p.kind === 'entry') {
        rows.push(p.row);
        after = p.row.cursor;
      } else announcements.push({ after, conversationId: p.conversationId, data: Buffer.from(p.data).toString('base64') });
    }
    const to = this.nextCursor - 1;
    await insertFeedBatch(tx, rows, this.high, to, announcements);
    this.committed = batch;
  }

  /** Sends the committed batch live; call right after its transaction committed. */
  publishCommitted(): void {
    const batch = this.committed;
    this.committed = [];
    this.send(batch.map((p) => (p.kind === 'entry' ? { kind: LIVE_FEED, key: p.row.userId, data: p.row.data } : { kind: LIVE_GROUP, key: p.conversationId, data: p.data })));
    this.high = this.nextCursor - 1;
  }

  private send(records: readonly LiveRecord[]): void {
    for (const message of encodeLiveBatch(records)) this.nc.publish(this.names.liveSubject, message);
  }

  /** Drops a failed batch: its cursors are given out again by the next attempt. */
  discard(): void {
    this.pending = [];
    this.committed = [];
    this.nextCursor = this.high + 1;
  }

  /** Sends a committed batch again: its entries (after, upTo] and its announcements, in order. */
  private async resend(after: number, upTo: number, announcements: readonly Announcement[]): Promise<void> {
    let i = 0;
    const records: LiveRecord[] = [];
    const announceUpTo = (cursor: number) => {
      for (; i < announcements.length && announcements[i]!.after <= cursor; i++) {
        const a = announcements[i]!;
        records.push({ kind: LIVE_GROUP, key: announcedConversation(a), data: Buffer.from(a.data, 'base64') });
      }
    };
    announceUpTo(after);
    for (let lo = after; lo < upTo; ) {
      const rows = await this.db
        .selectFrom('feed_entries')
        .select(['user_id', 'cursor', 'data'])
        .where('cursor', '>', lo)
        .where('cursor', '<=', upTo)
        .orderBy('cursor')
        .limit(RESEND_PAGE)
        .execute();
      if (rows.length === 0) break;
      for (const r of rows) {
        announceUpTo(r.cursor - 1);
        records.push({ kind: LIVE_FEED, key: r.user_id, data: r.data });
      }
      lo = rows[rows.length - 1]!.cursor;
      this.send(records.splice(0));
    }
    announceUpTo(Number.MAX_SAFE_INTEGER);
    this.send(records);
  }

  private schedulePrune(): void {
    if (this.pruneTimer) return;
    const prune = () => void pruneFeed(this.db, this.maxAgeS).catch((err) => this.log?.warn({ err }, 'feed retention failed; trying again later'));
    prune();
    this.pruneTimer = setInterval(prune, PRUNE_EVERY_MS);
    this.pruneTimer.unref();
  }

  close(): void {
    clearInterval(this.pruneTimer);
    this.pruneTimer = undefined;
  }
}
