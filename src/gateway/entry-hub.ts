// Live entries on this gateway, per key (a user's feed, a large group): the listeners here,
// fed from the one subscription to the projector's live batches (live-batch.ts). Entries are
// encoded Deliver messages; the routing fields are read once per entry, not per listener, and
// only for keys with a listener here.
import type { NatsConnection } from '@nats-io/transport-node';
import { feedEntryHead, type FeedEntryHead } from '../shared/events.js';
import { LIVE_FEED, LIVE_GROUP, readLiveBatch } from '../shared/live-batch.js';
import type { Logger } from '../shared/log.js';
import type { Names } from '../shared/names.js';

export interface EntrySink {
  onEntry(head: FeedEntryHead, entry: Uint8Array): void;
}

export class EntryHub {
  private readonly keys = new Map<string, Set<EntrySink>>();

  /**
   * From now on sink gets the key's entries. The live subscription exists before any
   * listener (gateway.ts), so whatever is committed after this call reaches the sink.
   */
  attach(key: string, sink: EntrySink): void {
    let sinks = this.keys.get(key);
    if (!sinks) this.keys.set(key, (sinks = new Set()));
    sinks.add(sink);
  }

  detach(key: string, sink: EntrySink): void {
    const sinks = this.keys.get(key);
    if (!sinks) return;
    sinks.delete(sink);
    if (sinks.size === 0) this.keys.delete(key);
  }

  /** One live entry for key, from the live subscription. */
  dispatch(key: string, entry: Uint8Array): void {
    const sinks = this.keys.get(key);
    if (!sinks) return;
    const head = feedEntryHead(entry);
    for (const s of sinks) s.onEntry(head, entry);
  }
}

/** Routes the projector's live batches to the feed and group hubs. */
export function subscribeLive(nc: NatsConnection, names: Names, feeds: EntryHub, groups: EntryHub, log: Logger): void {
  nc.subscribe(names.liveSubject, {
    callback: (_err, msg) => {
      try {
        readLiveBatch(msg.data, (kind, key, data) => {
          if (kind === LIVE_FEED) feeds.dispatch(key, data);
          else if (kind === LIVE_GROUP) groups.dispatch(key, data);
        });
      } catch (err) {
        log.error({ err, subject: msg.subject }, 'undecodable live batch');
      }
    },
  });
}
