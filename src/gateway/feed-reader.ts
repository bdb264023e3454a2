// Reads a user's feed for catch-up: where it ends (JetStream), where retention begins, and a
// batched, in-order replay of a range. The replay reads the feed's Postgres copy up to where
// the copy is complete (feed-copy.ts explains why not the stream) and the few newest entries,
// which the projector has stored but not yet committed, through an ordered consumer.
import { DeliverPolicy, JetStreamApiError, type JetStreamClient, type JetStreamManager, type JsMsg } from '@nats-io/jetstream';
import type { Db } from '../shared/db.js';
import type { Names } from '../shared/names.js';
import { feedCopyBounds, openFeedCopy, readFeedCopy, type FeedCopyPage } from '../projections/conversations/feed-copy.js';
import type { ContentScreen } from './content-screen.js';

const IDLE_MS = 5000;
/** Pages of the copy read ahead of the one going out. */
const PAGES_AHEAD = 3;

/** A feed entry as catch-up hands it on: its feed position and its stored bytes. */
export interface FeedEntryRef {
  readonly seq: number;
  readonly data: Uint8Array;
}

/** Entries are handed to the socket in chunks of at most about this many bytes, each once it has drained. */
const CHUNK_BYTES = 256 * 1024;

export interface ReplayTarget {
  /**
   * Sends a batch of feed entries (encoded Deliver messages, seq = feed position) in order;
   * those in withheld (feed positions) are passed over, not sent.
   */
  deliver(entries: ReadonlyArray<FeedEntryRef>, withheld?: ReadonlySet<number>): void;
  /** Resolves when the socket can take more. */
  ready(): Promise<void>;
  readonly closed: boolean;
}

export class FeedReader {
  constructor(
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    private readonly names: Names,
    private readonly batch: number,
    private readonly db: Db,
    /** Deleted content a catch-up must not send again (see content-screen.ts). */
    private readonly screen?: ContentScreen,
  ) {}

  /** The cursor of the user's newest feed entry, 0 if there is none. */
  async lastCursor(userId: string): Promise<number> {
    try {
      const m = await this.jsm.direct.getMessage(this.names.feedStream, { last_by_subj: this.names.feedSubject(userId) });
      return m?.seq ?? 0;
    } catch (err) {
      if (err instanceof JetStreamApiError && err.code === 10037) return 0;
      throw err;
    }
  }

  /** The oldest feed position still retained. */
  async firstRetained(): Promise<number> {
    const info = await this.jsm.streams.info(this.names.feedStream);
    return info.state.first_seq;
  }

  /** Delivers the user's entries with after < cursor <= upTo; returns the last one delivered. */
  async replay(userId: string, after: number, upTo: number, target: ReplayTarget): Promise<number> {
    const { db, batch } = this;
    // The copy's high and the first page come in one statement; where the later pages end is
    // asked at the same time on another connection, so the pages after the first can be read
    // at once while earlier ones go out, in order.
    const planning = feedCopyBounds(db, userId, after, upTo, batch);
    planning.catch(() => undefined);
    const { high, first } = await openFeedCopy(db, userId, after, upTo, batch);
    const copied = Math.min(upTo, high);
    // The first page's range ends at its last entry.
    let last = await this.handOverRange(userId, first, after, first.entries.at(-1)?.seq ?? after, target);
    if (target.closed) return last;
    if (first.entries.length === batch) {
      await target.ready();
      const ranges: Array<[number, number]> = [];
      let lo = last;
      for (const b of await planning) {
        if (b <= lo) continue;
        if (b > copied) break;
        ranges.push([lo, b]);
        lo = b;
      }
      if (lo < copied) ranges.push([lo, copied]);
      const reads: Array<Promise<FeedCopyPage>> = [];
      for (let i = 0; i < ranges.length; i++) {
        for (let j = reads.length; j < Math.min(ranges.length, i + PAGES_AHEAD); j++) {
          const read = readFeedCopy(db, userId, ranges[j]![0], ranges[j]![1], batch);
          read.catch(() => undefined);
          reads.push(read);
        }
        const [lo, hi] = ranges[i]!;
        last = await this.handOverRange(userId, await reads[i]!, lo, hi, target);
        if (target.closed) return last;
        last = hi;
        await target.ready();
      }
    }
    // Nothing more of this user's in the copy up to its high: the rest is above it.
    last = Math.max(last, copied);
    return last >= upTo ? last : this.replayStream(userId, last, upTo, target);
  }

  /**
   * Hands over a page of the range (lo, hi] and, page by page, the rest of the range: a range
   * holds more than a page when its end came from an older snapshot than the high (entries
   * committed in between are missing from the plan). Returns the last cursor handed over (lo
   * if none).
   */
  private async handOverRange(userId: string, page: FeedCopyPage, lo: number, hi: number, target: ReplayTarget): Promise<number> {
    let last = lo;
    for (;;) {
      if (page.entries.length > 0) {
        await handOver(target, page.entries, page.withheld);
        last = page.entries[page.entries.length - 1]!.seq;
      }
      if (target.closed || page.entries.length < this.batch || last >= hi) return last;
      await target.ready();
      page = await readFeedCopy(this.db, userId, last, hi, this.batch);
    }
  }

  /** The replay from the stream itself (entries the copy does not have yet). */
  private async replayStream(userId: string, after: number, upTo: number, target: ReplayTarget): Promise<number> {
    const consumer = await this.js.consumers.get(this.names.feedStream, {
      filter_subjects: this.names.feedSubject(userId),
      deliver_policy: DeliverPolicy.StartSequence,
      opt_start_seq: after + 1,
    });
    const messages = await consumer.consume({ max_messages: this.batch });
    let last = after;
    let chunk: JsMsg[] = [];
    let chunkBytes = 0;
    let idle: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(idle);
      idle = setTimeout(() => void messages.stop(), IDLE_MS);
    };
    arm();
    try {
      for await (const m of messages) {
        if (target.closed) break;
        if (m.seq > upTo) break;
        chunk.push(m);
        chunkBytes += m.data.byteLength;
        last = m.seq;
        const done = m.seq >= upTo;
        // Also by size: a batch of large messages handed over at once could pass the socket's
        // backpressure bound, and the device would be closed as a slow consumer mid catch-up.
        if (done || chunk.length >= this.batch || chunkBytes >= CHUNK_BYTES || m.info.pending === 0) {
          await this.send(userId, chunk, target);
          if (target.closed) break;
          chunk = [];
          chunkBytes = 0;
          if (done) break;
          await target.ready();
          arm();
        }
      }
      if (chunk.length > 0 && !target.closed) await this.send(userId, chunk, target);
    } finally {
      clearTimeout(idle);
      void messages.stop();
      await consumer.delete().catch(() => undefined);
    }
    return last;
  }

  /** Screens entries from the stream for withheld content, then hands them to the target. */
  private async send(userId: string, entries: readonly FeedEntryRef[], target: ReplayTarget): Promise<void> {
    const withheld = await this.screen?.(userId, entries);
    if (!target.closed) await handOver(target, entries, withheld);
  }
}

/** Hands a page to the target in chunks of at most about CHUNK_BYTES, each once it has drained. */
async function handOver(target: ReplayTarget, entries: readonly FeedEntryRef[], withheld: ReadonlySet<number> | undefined): Promise<void> {
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < entries.length && !target.closed; i++) {
    bytes += entries[i]!.data.byteLength;
    if (bytes < CHUNK_BYTES && i < entries.length - 1) continue;
    target.deliver(start === 0 && i === entries.length - 1 ? entries : entries.slice(start, i + 1), withheld);
    start = i + 1;
    bytes = 0;
    if (start < entries.length) await target.ready();
  }
}
