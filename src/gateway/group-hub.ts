// Live messages of large groups on this gateway: one core NATS subscription per large group
// that has a following connection here. The conversation projector announces each accepted
// message of a large group once on the group's subject, whatever its size; this is where it
// fans out to the sockets.
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { feedEntryHead, type FeedEntryHead } from '../shared/events.js';
import type { Names } from '../shared/names.js';

export interface GroupSink {
  onGroupEntry(head: FeedEntryHead, entry: Uint8Array): void;
}

export class GroupHub {
  private readonly groups = new Map<string, { sub: Subscription; sinks: Set<GroupSink> }>();

  constructor(
    private readonly nc: NatsConnection,
    private readonly names: Names,
  ) {}

  /** Resolves once the server has registered the subscription, so nothing after it is missed. */
  async attach(conversationId: string, sink: GroupSink): Promise<void> {
    let group = this.groups.get(conversationId);
    if (!group) {
      const sinks = new Set<GroupSink>();
      const sub = this.nc.subscribe(this.names.groupSubject(conversationId), {
        callback: (_err, msg) => {
          const head = feedEntryHead(msg.data);
          for (const s of sinks) s.onGroupEntry(head, msg.data);
        },
      });
      group = { sub, sinks };
      this.groups.set(conversationId, group);
    }
    group.sinks.add(sink);
    await this.nc.flush();
  }

  detach(conversationId: string, sink: GroupSink): void {
    const group = this.groups.get(conversationId);
    if (!group) return;
    group.sinks.delete(sink);
    if (group.sinks.size === 0) {
      group.sub.unsubscribe();
      this.groups.delete(conversationId);
    }
  }
}
