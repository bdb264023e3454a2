// Who may post to a conversation, as the gateway sees it: a cache over the read model, used
// to refuse bad sends early. It is not the authority: the conversation projector decides
// membership from the ordered log and drops what the log says was not allowed.
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { Batcher } from '../shared/batcher.js';
import type { Db } from '../shared/db.js';
import type { Names } from '../shared/names.js';

const TTL_MS = 30_000;
const MAX_ENTRIES = 100_000;

export class MembershipCache {
  private readonly entries = new Map<string, { members: Set<string>; expires: number }>();
  private readonly loader: Batcher<string, Set<string>>;
  private readonly sub: Subscription;
  private readonly listeners: Array<(conversationIds: string[]) => void> = [];

  /**
   * The projector names conversations whose membership changed, or which it created; their
   * entries are dropped, then the listeners hear of them (onChange).
   */
  constructor(db: Db, nc: NatsConnection, names: Names) {
    this.sub = nc.subscribe(names.membershipSubject, {
      callback: (_err, msg) => {
        const ids = msg.string().split(' ').filter(Boolean);
        for (const id of ids) this.entries.delete(id);
        for (const l of this.listeners) l(ids);
      },
    });
    this.loader = new Batcher(async (ids) => {
      const rows = await db
        .selectFrom('conversation_members')
        .select(['conversation_id', 'user_id'])
        .where('conversation_id', 'in', ids)
        .execute();
      const out = new Map<string, Set<string>>();
      for (const r of rows) {
        let set = out.get(r.conversation_id);
        if (!set) out.set(r.conversation_id, (set = new Set()));
        set.add(r.user_id);
      }
      return out;
    });
  }

  /** The members if the cache holds them now (undefined: not cached, ask members()). */
  peek(conversationId: string, now = Date.now()): Set<string> | undefined {
    const hit = this.entries.get(conversationId);
    return hit && hit.expires > now ? hit.members : undefined;
  }

  /** The members, or undefined when the conversation does not exist (yet). */
  async members(conversationId: string, now = Date.now()): Promise<Set<string> | undefined> {
    const cached = this.peek(conversationId, now);
    if (cached) return cached;
    const members = await this.loader.get(conversationId);
    if (members) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
      this.entries.set(conversationId, { members, expires: now + TTL_MS });
    }
    return members;
  }

  /** Calls listener with the conversations of each change, after their entries are dropped. */
  onChange(listener: (conversationIds: string[]) => void): void {
    this.listeners.push(listener);
  }

  close(): void {
    this.sub.unsubscribe();
  }
}
