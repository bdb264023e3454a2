// The conversation projector's view of membership: the committed member lists of the
// conversations it has seen recently, plus what the current batch added. It is the fold's
// state, so it is cleared whenever a batch fails.
import type { Kysely } from 'kysely';
import type { Database } from '../../shared/db.js';

const MAX_ENTRIES = 200_000;

export class MemberCache {
  private readonly byConversation = new Map<string, readonly string[]>();

  get(conversationId: string): readonly string[] | undefined {
    return this.byConversation.get(conversationId);
  }

  /** Stores a member list (sorted, so feed fan-out order is deterministic) and returns it. */
  set(conversationId: string, memberIds: readonly string[]): readonly string[] {
    const sorted = [...new Set(memberIds)].sort();
    this.byConversation.set(conversationId, sorted);
    return sorted;
  }

  clear(): void {
    this.byConversation.clear();
  }

  async load(tx: Kysely<Database>, conversationIds: Iterable<string>): Promise<void> {
    const wanted = [...conversationIds];
    let missing = wanted.filter((id) => !this.byConversation.has(id));
    if (this.byConversation.size + missing.length > MAX_ENTRIES) {
      this.byConversation.clear();
      missing = wanted;
    }
    if (missing.length === 0) return;
    const rows = await tx
      .selectFrom('conversation_members')
      .select(['conversation_id', 'user_id'])
      .where('conversation_id', 'in', missing)
      .execute();
    const grouped = new Map<string, string[]>();
    for (const r of rows) {
      const list = grouped.get(r.conversation_id) ?? [];
      list.push(r.user_id);
      grouped.set(r.conversation_id, list);
    }
    for (const [id, list] of grouped) this.set(id, list);
  }
}
