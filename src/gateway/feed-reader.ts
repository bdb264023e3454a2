// Reads a user's feed for catch-up (feed-log.ts): where it ends, where retention begins, and
// a batched, in-order replay of a range, in pages by (user_id, cursor).
import type { Db } from '../shared/db.js';
import { feedFirstRetained, feedPageBounds, lastCursorOf, openFeed, readFeedPage, type FeedPage } from '../projections/conversations/feed-log.js';

/** Pages read ahead of the one going out. */
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
    private readonly batch: number,
    private readonly db: Db,
  ) {}

  /** The cursor of the user's newest feed entry, 0 if there is none. */
  lastCursor(userId: string): Promise<number> {
    return lastCursorOf(this.db, userId);
  }

  /** The oldest feed position still retained. */
  firstRetained(): Promise<number> {
    return feedFirstRetained(this.db);
  }

  /** Delivers the user's entries with after < cursor <= upTo; returns the last one delivered. */
  async replay(userId: string, after: number, upTo: number, target: ReplayTarget): Promise<number> {
    const { db, batch } = this;
    // The feed's high and the first page come in one statement; where the later pages end is
    // asked at the same time on another connection, so the pages after the first can be read
    // at once while earlier ones go out, in order.
    const planning = feedPageBounds(db, userId, after, upTo, batch);
    planning.catch(() => undefined);
    const { high, first } = await openFeed(db, userId, after, upTo, batch);
    const end = Math.min(upTo, high);
    // The first page's range ends at its last entry.
    let last = await this.handOverRange(userId, first, after, first.entries.at(-1)?.seq ?? after, target);
    if (target.closed) return last;
    if (first.entries.length === batch) {
      await target.ready();
      const ranges: Array<[number, number]> = [];
      let lo = last;
      for (const b of await planning) {
        if (b <= lo) continue;
        if (b > end) break;
        ranges.push([lo, b]);
        lo = b;
      }
      if (lo < end) ranges.push([lo, end]);
      const reads: Array<Promise<FeedPage>> = [];
      for (let i = 0; i < ranges.length; i++) {
        for (let j = reads.length; j < Math.min(ranges.length, i + PAGES_AHEAD); j++) {
          const read = readFeedPage(db, userId, ranges[j]![0], ranges[j]![1], batch);
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
    return Math.max(last, end);
  }

  /**
   * Hands over a page of the range (lo, hi] and, page by page, the rest of the range: a range
   * holds more than a page when its end came from an older snapshot than the high (entries
   * committed in between are missing from the plan). Returns the last cursor handed over (lo
   * if none).
   */
  private async handOverRange(userId: string, page: FeedPage, lo: number, hi: number, target: ReplayTarget): Promise<number> {
    let last = lo;
    for (;;) {
      if (page.entries.length > 0) {
        await handOver(target, page.entries, page.withheld);
        last = page.entries[page.entries.length - 1]!.seq;
      }
      if (target.closed || page.entries.length < this.batch || last >= hi) return last;
      await target.ready();
      page = await readFeedPage(this.db, userId, last, hi, this.batch);
    }
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
