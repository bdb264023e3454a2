// Live entries on this gateway, per key: one core NATS subscription per key (a user's feed
// subject, a large group's subject) that has a listener here, shared by all of them. Entries
// are encoded Deliver messages; the routing fields are read once per entry, not per listener.
// JetStream publishes are seen by core subscribers, so a feed entry reaches the socket with no
// extra hop.
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { feedEntryHead, type FeedEntryHead } from '../shared/events.js';

export interface EntrySink {
  onEntry(head: FeedEntryHead, entry: Uint8Array): void;
}

export class EntryHub {
  private readonly keys = new Map<string, { sub: Subscription; sinks: Set<EntrySink> }>();

  constructor(
    private readonly nc: NatsConnection,
    private readonly subjectOf: (key: string) => string,
  ) {}

  /** Resolves once the server has registered the subscription, so nothing after it is missed. */
  async attach(key: string, sink: EntrySink): Promise<void> {
    let entry = this.keys.get(key);
    if (!entry) {
      const sinks = new Set<EntrySink>();
      const sub = this.nc.subscribe(this.subjectOf(key), {
        callback: (_err, msg) => {
          const head = feedEntryHead(msg.data);
          for (const s of sinks) s.onEntry(head, msg.data);
        },
      });
      entry = { sub, sinks };
      this.keys.set(key, entry);
    }
    entry.sinks.add(sink);
    await this.nc.flush();
  }

  detach(key: string, sink: EntrySink): void {
    const entry = this.keys.get(key);
    if (!entry) return;
    entry.sinks.delete(sink);
    if (entry.sinks.size === 0) {
      entry.sub.unsubscribe();
      this.keys.delete(key);
    }
  }
}
