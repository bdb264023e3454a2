// Appends device feed entries to the FEED stream. The conversation projector is the only
// writer of FEED, so it knows the sequence each entry will get: the entry carries its own
// cursor, and every publish states "expected last sequence", so a prediction can never be
// wrong silently. An entry says where it came from without any header: the conversation seq
// inside it and the recipient in its subject, and the recipients of one event are appended in
// sorted order. After a crash the projector skips everything up to the last stored entry, so
// a replayed batch never writes an entry twice.
//
// With a database, the entries also go to the feed's Postgres copy (feed-copy.ts) in the
// batch's transaction, which is where catch-up reads them; init() first copies over what a
// crash left only in FEED.
import type { NatsConnection } from '@nats-io/transport-node';
import { JetStreamApiError, jetstreamManager } from '@nats-io/jetstream';
import type { Kysely } from 'kysely';
import type { Database, Db } from '../../shared/db.js';
import { AckPublisher, type PubAck } from '../../shared/ack-publisher.js';
import { encodeFeedEntry, feedEntryHead, type FeedEntryMeta } from '../../shared/events.js';
import type { Names } from '../../shared/names.js';
import { insertFeedCopy, pruneFeedCopy, reconcileFeedCopy, type FeedCopyRow } from './feed-copy.js';

/** The last entry written: its conversation seq and recipient. */
interface Mark {
  seq: number;
  recipient: string;
}

/** Above every user id: everything at the mark's seq was written. */
const ALL = '\uffff';

/** How often the copy drops what FEED no longer retains. */
const PRUNE_EVERY_MS = 60_000;

export class FeedWriter {
  private nextSeq = 1;
  private written: Mark = { seq: 0, recipient: '' };
  /**
   * Feed entries (cursor > 0, userId their recipient) and core NATS announcements (cursor 0),
   * in the order they go out. An entry is also a row of the Postgres copy as it is.
   */
  private pending: Array<FeedCopyRow & { subject: string }> = [];
  private readonly publisher: AckPublisher;
  private pruneTimer: NodeJS.Timeout | undefined;

  /** db: keep the feed's Postgres copy there (the projector's own database). */
  constructor(
    private readonly nc: NatsConnection,
    private readonly names: Names,
    private readonly db?: Db,
  ) {
    this.publisher = new AckPublisher(nc);
  }

  /** Reads the end of the FEED stream. checkpoint: the projector's committed position. */
  async init(checkpoint: number): Promise<void> {
    const jsm = await jetstreamManager(this.nc);
    this.pending = [];
    if (this.db) {
      await reconcileFeedCopy(this.nc, this.db, this.names);
      this.schedulePrune();
    }
    const info = await jsm.streams.info(this.names.feedStream);
    this.nextSeq = info.state.last_seq + 1;
    this.written = { seq: checkpoint, recipient: ALL };
    if (info.state.messages === 0) return;
    try {
      const last = await jsm.streams.getMessage(this.names.feedStream, { seq: info.state.last_seq });
      if (last) {
        const { seq } = feedEntryHead(last.data);
        const recipient = last.subject.slice(this.names.feedSubject('').length);
        if (seq >= checkpoint) this.written = { seq, recipient };
      }
    } catch (err) {
      // The last entry aged out: everything up to the checkpoint was written, nothing after.
      if (!(err instanceof JetStreamApiError && err.code === 10037)) throw err;
    }
  }

  /**
   * Queues the entries of one event for its recipients (sorted: the order is what lets a
   * restart tell what was written); entries written before a crash are skipped. Nothing is
   * sent until commit(). unread: the count to put in one recipient's entry.
   */
  append(
    convSeq: number,
    recipients: readonly string[],
    eventBytes: Uint8Array,
    meta: FeedEntryMeta,
    unread?: { userId: string; count: number },
  ): void {
    for (const userId of recipients) {
      if (convSeq < this.written.seq || (convSeq === this.written.seq && userId <= this.written.recipient)) continue;
      const cursor = this.nextSeq++;
      const entryMeta = unread?.userId === userId ? { ...meta, unreadCount: unread.count } : meta;
      this.pending.push({ subject: this.names.feedSubject(userId), data: encodeFeedEntry(cursor, convSeq, eventBytes, entryMeta), cursor, userId, messageId: meta.messageId });
    }
  }

  /**
   * Queues a plain core NATS message (a large group's message for the gateways of its
   * followers) to go out in order with the feed entries around it, so a gateway sees a
   * group's messages and the feed entries about the group in log order. Not stored: a
   * replayed batch announces again, and followers skip what they had by seq.
   */
  announce(subject: string, data: Uint8Array): void {
    this.pending.push({ subject, data, cursor: 0, userId: '' });
  }

  /**
   * Publishes the queued entries and resolves once all are stored. Every entry states the
   * sequence it expects to follow, so they form a chain: only the last one asks for a
   * PubAck, and its success proves every link before it (one ack per batch, not one per
   * entry). Then the entries go to the Postgres copy in tx, the batch's transaction. Any
   * failure leaves the writer needing init() again.
   */
  async commit(tx?: Kysely<Database>): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    let lastEntry = -1;
    for (let i = batch.length - 1; i >= 0 && lastEntry < 0; i--) if (batch[i]!.cursor > 0) lastEntry = i;
    const opts = (e: (typeof batch)[number]) => ({ expectLastSeq: e.cursor - 1 });
    let acked: Promise<PubAck> | undefined;
    batch.forEach((e, i) => {
      if (e.cursor === 0) this.publisher.publishUnacked(e.subject, e.data, undefined);
      else if (i === lastEntry) acked = this.publisher.publish(e.subject, e.data, opts(e));
      else this.publisher.publishUnacked(e.subject, e.data, opts(e));
    });
    this.publisher.flushNow(); // the batch is complete: no reason to wait for the loop's turn
    if (!acked) return;
    const ack: PubAck = await acked;
    const expected = batch[lastEntry]!.cursor;
    if (ack.seq !== expected) throw new Error(`feed entry stored at ${ack.seq}, expected ${expected}`);
    if (tx && this.db) await insertFeedCopy(tx, batch.filter((e) => e.cursor > 0), expected);
  }

  /** Drops queued entries after a failed batch. */
  discard(): void {
    this.pending = [];
  }

  private schedulePrune(): void {
    if (this.pruneTimer) return;
    this.pruneTimer = setInterval(() => {
      void (async () => {
        const jsm = await jetstreamManager(this.nc);
        await pruneFeedCopy(this.db!, (await jsm.streams.info(this.names.feedStream)).state.first_seq);
      })().catch(() => undefined); // the next round tries again
    }, PRUNE_EVERY_MS);
    this.pruneTimer.unref();
  }

  close(): void {
    clearInterval(this.pruneTimer);
    this.publisher.close();
  }
}
