// Reads a user's feed from JetStream for catch-up: where it ends, where retention begins,
// and a batched, in-order replay of a range through an ordered consumer.
import { DeliverPolicy, JetStreamApiError, type JetStreamClient, type JetStreamManager, type JsMsg } from '@nats-io/jetstream';
import type { Names } from '../shared/names.js';

const IDLE_MS = 5000;

/** Entries are handed to the socket in chunks of at most about this many bytes, each once it has drained. */
const CHUNK_BYTES = 256 * 1024;

export interface ReplayTarget {
  /** Sends a batch of feed entries (encoded Deliver messages) in order. */
  deliver(entries: JsMsg[]): void;
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
          target.deliver(chunk);
          chunk = [];
          chunkBytes = 0;
          if (done) break;
          await target.ready();
          arm();
        }
      }
      if (chunk.length > 0 && !target.closed) target.deliver(chunk);
    } finally {
      clearTimeout(idle);
      void messages.stop();
      await consumer.delete().catch(() => undefined);
    }
    return last;
  }
}
