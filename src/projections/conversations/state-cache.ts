// The conversation projector's fold state: kind, limit and members (with roles) of the
// conversations it has seen recently, plus what the current batch changed. It is loaded from
// the committed read model on a miss and cleared whenever a batch fails.
import type { Kysely } from 'kysely';
import type { Database } from '../../shared/db.js';
import { stateOf, type ConversationState, type MemberState } from '../../shared/conversation-rules.js';
import type { ConversationMembersTable, ConversationsTable } from './tables.js';

type ConversationRow = Pick<ConversationsTable, 'kind' | 'member_limit' | 'share_history' | 'copy_limit' | 'large_since_seq'>;
type MemberRow = Pick<ConversationMembersTable, 'user_id' | 'role' | 'joined_seq' | 'delivered_seq' | 'read_seq'>;

/** The fold's state of a conversation as the read model holds it (committed rows). */
export function stateFromRows(c: ConversationRow, members: Iterable<MemberRow>): ConversationState {
  const byUser = new Map<string, MemberState>();
  for (const r of members) byUser.set(r.user_id, { role: r.role, joinedSeq: r.joined_seq, deliveredSeq: r.delivered_seq, readSeq: r.read_seq });
  const settings = { kind: c.kind, memberLimit: c.member_limit, shareHistory: c.share_history, copyLimit: c.copy_limit, largeSince: c.large_since_seq };
  return stateOf(settings, byUser);
}

const MAX_ENTRIES = 200_000;

export class StateCache {
  private readonly byConversation = new Map<string, ConversationState>();

  get(conversationId: string): ConversationState | undefined {
    return this.byConversation.get(conversationId);
  }

  set(conversationId: string, state: ConversationState): void {
    this.byConversation.set(conversationId, state);
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
    const convs = await tx
      .selectFrom('conversations')
      .select(['conversation_id', 'kind', 'member_limit', 'share_history', 'copy_limit', 'large_since_seq'])
      .where('conversation_id', 'in', missing)
      .execute();
    if (convs.length === 0) return;
    const rows = await tx
      .selectFrom('conversation_members')
      .select(['conversation_id', 'user_id', 'role', 'joined_seq', 'delivered_seq', 'read_seq'])
      .where('conversation_id', 'in', convs.map((c) => c.conversation_id))
      .execute();
    const members = new Map<string, MemberRow[]>();
    for (const r of rows) {
      let m = members.get(r.conversation_id);
      if (!m) members.set(r.conversation_id, (m = []));
      m.push(r);
    }
    for (const c of convs) this.set(c.conversation_id, stateFromRows(c, members.get(c.conversation_id) ?? []));
  }
}
