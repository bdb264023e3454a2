// What the notifier reads from the read models, one statement per batch of messages. Runs
// once the conversations projection has committed the batch's last message, so "a member at
// the message's position" and "the fold accepted it" are what the log said.
import { sql } from 'kysely';
import type { Db } from '../shared/db.js';
import { visibleTo } from '../projections/conversations/lifecycle-queries.js';
import type { MessageContext } from './push-content.js';
import type { MemberFacts } from './push-recipients.js';

export interface MessageRef {
  conversationId: string;
  seq: number;
}

/**
 * For each message the fold accepted (a row at its position), the conversation's kind and
 * name and the sender's display name; a message it dropped (non-member, repeat) is absent,
 * and so is one deleted for everyone before the notifier reached it (no push of its text).
 */
export async function messageContexts(db: Db, refs: readonly MessageRef[]): Promise<Map<number, Omit<MessageContext, 'text' | 'mediaCount'>>> {
  if (refs.length === 0) return new Map();
  const result = await sql<{ i: number; kind: number; name: string; sender_name: string | null }>`
    select u.i, c.kind, c.name, s.display_name as sender_name
    from unnest(${refs.map((_, i) => i)}::int4[], ${refs.map((r) => r.conversationId)}::text[], ${refs.map((r) => r.seq)}::int8[]) as u(i, c, s)
    join messages m on m.conversation_id = u.c and m.seq = u.s and m.deleted_at_ms is null
    join conversations c on c.conversation_id = u.c
    left join users s on s.user_id = m.sender_id`.execute(db);
  return new Map(result.rows.map((r) => [r.i, { kind: r.kind, conversationName: r.name, senderName: r.sender_name ?? '' }]));
}

/**
 * For each message, its members at its position who have a push token: only they can get a
 * push, which keeps a large group's answer to the members who use push.
 */
export async function pushableMembers(db: Db, refs: readonly MessageRef[]): Promise<Map<number, MemberFacts[]>> {
  const out = new Map<number, MemberFacts[]>();
  if (refs.length === 0) return out;
  const result = await sql<{ i: number; user_id: string; read_seq: number; muted_until_ms: number | null }>`
    select u.i, cm.user_id, cm.read_seq,
      (select coalesce(mu.until_ms, 0) from conversation_mutes mu
        where mu.user_id = cm.user_id and mu.conversation_id = u.c) as muted_until_ms
    from unnest(${refs.map((_, i) => i)}::int4[], ${refs.map((r) => r.conversationId)}::text[], ${refs.map((r) => r.seq)}::int8[]) as u(i, c, s)
    join conversation_members cm on cm.conversation_id = u.c and cm.joined_seq <= u.s
    where exists (select 1 from devices d where d.user_id = cm.user_id and d.push_token is not null)
    order by u.i, cm.user_id`.execute(db);
  for (const r of result.rows) {
    let list = out.get(r.i);
    if (!list) out.set(r.i, (list = []));
    list.push({ userId: r.user_id, readSeq: Number(r.read_seq), mutedUntilMs: r.muted_until_ms === null ? null : Number(r.muted_until_ms) });
  }
  return out;
}

/** Counted per conversation up to this, so a badge costs a bounded index range per conversation. */
export const UNREAD_CAP_PER_CONVERSATION = 1000;

/**
 * Each user's unread messages over all their conversations (the app icon's badge), less those
 * deleted for everyone or by the user, as the conversation list counts them.
 */
export async function unreadTotals(db: Db, userIds: readonly string[]): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map();
  const result = await sql<{ user_id: string; unread: number }>`
    select cm.user_id, sum((select count(*) from (select 1 from messages m
        where m.conversation_id = cm.conversation_id and m.seq > cm.read_seq and m.sender_id <> cm.user_id
          and ${visibleTo('m', sql.ref('cm.user_id'))}
        limit ${UNREAD_CAP_PER_CONVERSATION}) x))::int as unread
    from conversation_members cm
    where cm.user_id = any(${[...userIds]}::text[])
    group by cm.user_id`.execute(db);
  return new Map(result.rows.map((r) => [r.user_id, r.unread]));
}
