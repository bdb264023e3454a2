// Live delivery on this gateway: one core NATS subscription per user with connected devices
// here, on that user's feed subject. JetStream publishes are seen by core subscribers, so a
// feed entry reaches the socket with no extra hop; the entry carries its own cursor.
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { feedEntryHead, type FeedEntryHead } from '../shared/events.js';
import type { Names } from '../shared/names.js';

export interface FeedSink {
  onFeedEntry(head: FeedEntryHead, entry: Uint8Array): void;
}

export class FeedHub {
  private readonly users = new Map<string, { sub: Subscription; sinks: Set<FeedSink> }>();

  constructor(
    private readonly nc: NatsConnection,
    private readonly names: Names,
  ) {}

  /** Resolves once the server has registered the subscription, so nothing after it is missed. */
  async attach(userId: string, sink: FeedSink): Promise<void> {
    let entry = this.users.get(userId);
    if (!entry) {
      const sinks = new Set<FeedSink>();
      const sub = this.nc.subscribe(this.names.feedSubject(userId), {
        callback: (_err, msg) => {
          const head = feedEntryHead(msg.data);
          for (const s of sinks) s.onFeedEntry(head, msg.data);
        },
      });
      entry = { sub, sinks };
      this.users.set(userId, entry);
    }
    entry.sinks.add(sink);
    await this.nc.flush();
  }

  detach(userId: string, sink: FeedSink): void {
    const entry = this.users.get(userId);
    if (!entry) return;
    entry.sinks.delete(sink);
    if (entry.sinks.size === 0) {
      entry.sub.unsubscribe();
      this.users.delete(userId);
    }
  }

  get userCount(): number {
    return this.users.size;
  }
}
