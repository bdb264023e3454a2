// Reads a user's feed from JetStream for catch-up: where it ends, where retention begins,
// and a batched, in-order replay of a range through an ordered consumer.
import { DeliverPolicy, JetStreamApiError, type JetStreamClient, type JetStreamManager, type JsMsg } from '@nats-io/jetstream';
import type { Names } from '../shared/names.js';
import type { ContentScreen } from './content-screen.js';

const IDLE_MS = 5000;

export interface ReplayTarget {
  /**
   * Sends a batch of feed entries (encoded Deliver messages) in order; those in withheld
   * (feed positions) are passed over, not sent.
   */
  deliver(entries: JsMsg[], withheld?: ReadonlySet<number>): void;
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
    const consumer = await this.js.consumers.get(this.names.feedStream, {
      filter_subjects: this.names.feedSubject(userId),
      deliver_policy: DeliverPolicy.StartSequence,
      opt_start_seq: after + 1,
    });
    const messages = await consumer.consume({ max_messages: this.batch });
    let last = after;
    let chunk: JsMsg[] = [];
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
        last = m.seq;
        const done = m.seq >= upTo;
        if (done || chunk.length >= this.batch || m.info.pending === 0) {
          const withheld = await this.screen?.(userId, chunk);
          if (target.closed) break;
          target.deliver(chunk, withheld);
          chunk = [];
          if (done) break;
          await target.ready();
          arm();
        }
      }
      if (chunk.length > 0 && !target.closed) {
        const withheld = await this.screen?.(userId, chunk);
        if (!target.closed) target.deliver(chunk, withheld);
      }
    } finally {
      clearTimeout(idle);
      void messages.stop();
      await consumer.delete().catch(() => undefined);
    }
    return last;
  }
}
