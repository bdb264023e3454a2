// Read-side queries for the message lifecycle: reactions, reply quotes, threads, search, and
// what a device must no longer be sent.
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../shared/db.js';
import { Kind } from '../../shared/conversation-rules.js';
import type { MessageRow } from './queries.js';
import { LifecycleKindCode, type MessageEventsTable } from './tables.js';

export interface ReactionSummary {
  emoji: string;
  count: number;
  user_ids: string[];
}

/** Each message's reactions: per emoji, how many and who (first reactor first). */
export async function reactionsOf(db: Db, messageIds: string[]): Promise<Map<string, ReactionSummary[]>> {
  const out = new Map<string, ReactionSummary[]>();
  if (messageIds.length === 0) return out;
  const rows = await sql<{ message_id: string; emoji: string; user_ids: string[] }>`
    select message_id, emoji, array_agg(user_id order by seq) as user_ids from reactions
    where message_id = any(${messageIds}::text[])
    group by message_id, emoji order by message_id, min(seq)`.execute(db);
  for (const r of rows.rows) {
    let list = out.get(r.message_id);
    if (!list) out.set(r.message_id, (list = []));
    list.push({ emoji: r.emoji, count: r.user_ids.length, user_ids: r.user_ids });
  }
  return out;
}

/** What a reply shows of the message it answers: never the content of a deleted one. */
export interface Quote {
  message_id: string;
  seq: number;
  sender_id: string;
  /** The start of the text (QUOTE_CHARS characters); '' once deleted. */
  text: string;
  deleted: boolean;
}

export const QUOTE_CHARS = 200;

/** The quoted messages of these replies, by id. */
export async function quotesOf(db: Db, replies: MessageRow[]): Promise<Map<string, Quote>> {
  const ids = [...new Set(replies.map((m) => m.reply_to_message_id).filter((id): id is string => id !== null))];
  const out = new Map<string, Quote>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('messages')
    .select(['message_id', 'seq', 'sender_id', sql<string>`left(text, ${QUOTE_CHARS})`.as('text'), 'deleted_at_ms'])
    .where('message_id', 'in', ids)
    .execute();
  for (const r of rows) out.set(r.message_id, { message_id: r.message_id, seq: r.seq, sender_id: r.sender_id, text: r.text, deleted: r.deleted_at_ms !== null });
  return out;
}

/** Whether the user deleted the message for themself. */
export async function hiddenFor(db: Db, userId: string, messageId: string): Promise<boolean> {
  const row = await db.selectFrom('message_hides').select('seq').where('user_id', '=', userId).where('message_id', '=', messageId).executeTakeFirst();
  return row !== undefined;
}

/** Replies to one message, in conversation order, paged like history (visible ones only). */
export async function listThread(
  db: Db,
  rootId: string,
  page: { after?: number; limit: number },
  hiddenUpTo: number,
  viewerId: string,
): Promise<{ messages: MessageRow[]; hasMore: boolean }> {
  let q = db
    .selectFrom('messages')
    .selectAll()
    .where('reply_to_message_id', '=', rootId)
    .where('deleted_at_ms', 'is', null)
    .where('seq', '>', Math.max(hiddenUpTo, page.after ?? 0))
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('message_hides as h').select('h.seq').where('h.user_id', '=', viewerId).whereRef('h.message_id', '=', 'messages.message_id'))),
    );
  const rows = await q.orderBy('seq', 'asc').limit(page.limit + 1).execute();
  return { messages: rows.slice(0, page.limit), hasMore: rows.length > page.limit };
}

export interface SearchQuery {
  userId: string;
  text: string;
  conversationId?: string;
  /** Only messages older than this seq (the previous page's last). */
  before?: number;
  limit: number;
}

/**
 * Full-text search over what the user may read: conversations they are a member of (in a
 * group that hides its history, only after their join) and, for conversations they were
 * removed from, their time there (up to the removal); never what was deleted (for everyone
 * or for them). Newest first; the conversation seq is the stream's, so it orders messages
 * across conversations too. Words are matched whole ('simple' configuration, any language);
 * the query takes the web-search syntax ("quoted phrases", -not, or).
 */
export async function searchMessages(db: Db, q: SearchQuery): Promise<{ messages: MessageRow[]; hasMore: boolean }> {
  const rows = await sql<MessageRow>`
    select m.* from messages m
    join conversations c on c.conversation_id = m.conversation_id
    where to_tsvector('simple', m.text) @@ websearch_to_tsquery('simple', ${q.text})
      and m.deleted_at_ms is null
      and (
        exists (select 1 from conversation_members me where me.conversation_id = m.conversation_id and me.user_id = ${q.userId}
          and (c.kind <> ${Kind.group} or c.share_history or m.seq > me.joined_seq))
        or exists (select 1 from member_windows w where w.conversation_id = m.conversation_id and w.user_id = ${q.userId}
          and m.seq < w.removed_seq and (c.kind <> ${Kind.group} or c.share_history or m.seq > w.joined_seq)))
      and not exists (select 1 from message_hides h where h.user_id = ${q.userId} and h.message_id = m.message_id)
      ${q.conversationId !== undefined ? sql`and m.conversation_id = ${q.conversationId}` : sql``}
      ${q.before !== undefined ? sql`and m.seq < ${q.before}` : sql``}
    order by m.seq desc
    limit ${q.limit + 1}`.execute(db);
  return { messages: rows.rows.slice(0, q.limit), hasMore: rows.rows.length > q.limit };
}

/** Whether the user is or was a member of the conversation. */
export async function everMember(db: Db, conversationId: string, userId: string): Promise<boolean> {
  const rows = await sql`
    select 1 from conversation_members where conversation_id = ${conversationId} and user_id = ${userId}
    union all
    select 1 from member_windows where conversation_id = ${conversationId} and user_id = ${userId}
    limit 1`.execute(db);
  return rows.rows.length > 0;
}

/**
 * Whether a device of a user must not be sent a message's content again: it was deleted for
 * everyone, or by this user for themself. Two index probes (messages_deleted is partial: only
 * deleted messages are in it). The one definition, for any query that screens content.
 */
export function isWithheld(messageId: RawBuilder<unknown>, userId: RawBuilder<unknown> | string): RawBuilder<boolean> {
  return sql<boolean>`(
    exists (select 1 from messages wm where wm.message_id = ${messageId} and wm.deleted_at_ms is not null)
    or exists (select 1 from message_hides wh where wh.user_id = ${userId} and wh.message_id = ${messageId}))`;
}

/**
 * isWithheld's twin for a messages row in hand (alias): true when the user may still see it,
 * neither deleted for everyone nor deleted by the user for themself.
 */
export function visibleTo(alias: string, userId: RawBuilder<unknown> | string): RawBuilder<boolean> {
  return sql<boolean>`(${sql.ref(`${alias}.deleted_at_ms`)} is null
    and not exists (select 1 from message_hides vh where vh.user_id = ${userId} and vh.message_id = ${sql.ref(`${alias}.message_id`)}))`;
}

/** One row of a large group's history as its followers catch up: a message or a lifecycle event. */
export type GroupHistoryRow = { message: MessageRow; event?: undefined } | { event: MessageEventsTable; message?: undefined };

/**
 * A large group's history after a seq, as its followers are sent it: messages (not deleted)
 * and the lifecycle events of everyone (deleting for oneself goes through the user's feed),
 * merged in conversation order. An edit's text is already gone if its message was deleted.
 */
export async function groupHistoryAfter(db: Db, conversationId: string, after: number, limit: number): Promise<{ rows: GroupHistoryRow[]; hasMore: boolean }> {
  const [messages, events] = await Promise.all([
    db
      .selectFrom('messages')
      .selectAll()
      .where('conversation_id', '=', conversationId)
      .where('seq', '>', after)
      .where('deleted_at_ms', 'is', null)
      .orderBy('seq', 'asc')
      .limit(limit + 1)
      .execute(),
    db
      .selectFrom('message_events')
      .selectAll()
      .where('conversation_id', '=', conversationId)
      .where('seq', '>', after)
      .where('kind', '<>', LifecycleKindCode.messageHidden)
      .orderBy('seq', 'asc')
      .limit(limit + 1)
      .execute(),
  ]);
  const merged: GroupHistoryRow[] = [...messages.map((message) => ({ message })), ...events.map((event) => ({ event }))];
  merged.sort((a, b) => (a.message ?? a.event)!.seq - (b.message ?? b.event)!.seq);
  // Both lists were cut at limit + 1: beyond the first limit rows of the merge, one of them
  // may be missing rows, so only those are certain.
  return { rows: merged.slice(0, limit), hasMore: merged.length > limit };
}
