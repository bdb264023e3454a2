// Read-side queries over the conversations projection.
import { sql } from 'kysely';
import type { Db } from '../../shared/db.js';
import { Kind, Role } from '../../shared/conversation-rules.js';
import type { ConversationMembersTable, ConversationsTable, MessagesTable } from './tables.js';
import { visibleTo } from './lifecycle-queries.js';

export type MessageRow = MessagesTable;
export type MemberRow = Omit<ConversationMembersTable, 'conversation_id'>;

export interface ConversationView extends ConversationsTable {
  member_ids: string[];
  admin_ids: string[];
  members: MemberRow[];
}

const GROUP = Kind.group;
const ADMIN = Role.admin;

/**
 * The last conversation seq a member may not read: in a group that does not share its
 * history, everything up to the member's join; otherwise nothing (0).
 */
export function hiddenUpTo(conv: ConversationView, userId: string): number {
  if (conv.kind !== GROUP || conv.share_history) return 0;
  return conv.members.find((m) => m.user_id === userId)?.joined_seq ?? Number.MAX_SAFE_INTEGER;
}

export async function findUsersByIds(db: Db, userIds: string[]): Promise<Array<{ user_id: string; deleted: boolean }>> {
  if (userIds.length === 0) return [];
  const rows = await db.selectFrom('users').select(['user_id', 'deleted_at_ms']).where('user_id', 'in', userIds).execute();
  return rows.map((r) => ({ user_id: r.user_id, deleted: r.deleted_at_ms !== null }));
}

export async function getConversation(db: Db, conversationId: string): Promise<ConversationView | undefined> {
  const conv = await db.selectFrom('conversations').selectAll().where('conversation_id', '=', conversationId).executeTakeFirst();
  if (!conv) return undefined;
  const members = await db
    .selectFrom('conversation_members')
    .select(['user_id', 'role', 'joined_seq', 'read_seq', 'delivered_seq'])
    .where('conversation_id', '=', conversationId)
    .orderBy('user_id')
    .execute();
  return {
    ...conv,
    members,
    member_ids: members.map((m) => m.user_id),
    admin_ids: conv.kind === GROUP ? members.filter((m) => m.role === ADMIN).map((m) => m.user_id) : [],
  };
}

export interface ConversationSummary {
  conversation_id: string;
  kind: number;
  name: string;
  member_ids: string[];
  created_at_ms: number;
  read_seq: number;
  unread_count: number;
  last_message: MessageRow | null;
}

/**
 * A user's conversations, most recently active first, with last message and unread count
 * (messages of others after the user's read position, less those deleted for everyone or by the user).
 */
export async function listUserConversations(db: Db, userId: string, limit = 100): Promise<ConversationSummary[]> {
  const rows = await sql<{
    conversation_id: string;
    kind: number;
    name: string;
    created_at_ms: number;
    created_seq: number;
    read_seq: number;
    member_ids: string[];
    last_message: MessageRow | null;
    unread_count: number;
  }>`
    select c.conversation_id, c.kind, c.name, c.created_at_ms, c.created_seq, me.read_seq,
      (select array_agg(m.user_id order by m.user_id) from conversation_members m
        where m.conversation_id = c.conversation_id) as member_ids,
      (select to_jsonb(x) from (select * from messages mm where mm.conversation_id = c.conversation_id
        and mm.seq > case when c.kind = ${GROUP} and not c.share_history then me.joined_seq else 0 end
        and ${visibleTo('mm', userId)}
        order by mm.seq desc limit 1) x) as last_message,
      (select count(*)::int from messages u where u.conversation_id = c.conversation_id
        and u.seq > me.read_seq and u.sender_id <> ${userId} and ${visibleTo('u', userId)}) as unread_count
    from conversation_members me
    join conversations c on c.conversation_id = me.conversation_id
    where me.user_id = ${userId}
    order by greatest(c.created_seq, coalesce((select max(seq) from messages s where s.conversation_id = c.conversation_id), 0)) desc
    limit ${limit}
  `.execute(db);
  return rows.rows.map((r) => ({
    conversation_id: r.conversation_id,
    kind: r.kind,
    name: r.name,
    member_ids: r.member_ids,
    created_at_ms: Number(r.created_at_ms),
    read_seq: Number(r.read_seq),
    unread_count: r.unread_count,
    last_message: r.last_message,
  }));
}

export interface Page {
  before?: number;
  after?: number;
  limit: number;
}

/**
 * Messages in conversation order. Without after: the newest page (before the given seq).
 * hiddenUpTo: the reader may not see this seq and anything before it. Messages deleted for
 * everyone never show; viewerId: nor those this user deleted for themself.
 */
export async function listMessages(
  db: Db,
  conversationId: string,
  page: Page,
  hiddenUpTo = 0,
  viewerId?: string,
): Promise<{ messages: MessageRow[]; hasMore: boolean }> {
  let q = db.selectFrom('messages').selectAll().where('conversation_id', '=', conversationId).where('deleted_at_ms', 'is', null);
  if (hiddenUpTo > 0) q = q.where('seq', '>', hiddenUpTo);
  if (viewerId !== undefined) {
    q = q.where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('message_hides as h').select('h.seq').where('h.user_id', '=', viewerId).whereRef('h.message_id', '=', 'messages.message_id'))),
    );
  }
  if (page.after !== undefined) {
    q = q.where('seq', '>', page.after);
    if (page.before !== undefined) q = q.where('seq', '<', page.before);
    const rows = await q.orderBy('seq', 'asc').limit(page.limit + 1).execute();
    return { messages: rows.slice(0, page.limit), hasMore: rows.length > page.limit };
  }
  if (page.before !== undefined) q = q.where('seq', '<', page.before);
  const rows = await q.orderBy('seq', 'desc').limit(page.limit + 1).execute();
  return { messages: rows.slice(0, page.limit).reverse(), hasMore: rows.length > page.limit };
}

export async function getMessage(db: Db, messageId: string): Promise<MessageRow | undefined> {
  return db.selectFrom('messages').selectAll().where('message_id', '=', messageId).executeTakeFirst();
}

export async function getMessages(db: Db, messageIds: string[]): Promise<MessageRow[]> {
  if (messageIds.length === 0) return [];
  return db.selectFrom('messages').selectAll().where('message_id', 'in', messageIds).execute();
}

export interface ReceiptRow {
  user_id: string;
  delivered_at_ms: number | null;
  read_at_ms: number | null;
}

/**
 * Who of the conversation's current members (other than the sender, and who were members
 * when it was sent) received and read the message at seq, and when: the time of the first
 * watermark move that covered it.
 */
export async function messageReceipts(db: Db, conversationId: string, seq: number, senderId: string): Promise<ReceiptRow[]> {
  const first = (kind: number) => sql<number | null>`(select min(r.at_ms) from receipt_marks r
    where r.conversation_id = m.conversation_id and r.user_id = m.user_id and r.kind = ${kind} and r.up_to_seq >= ${seq})`;
  const rows = await db
    .selectFrom('conversation_members as m')
    .select(['m.user_id', first(1).as('delivered_at_ms'), first(2).as('read_at_ms')])
    .where('m.conversation_id', '=', conversationId)
    .where('m.user_id', '<>', senderId)
    .where('m.joined_seq', '<', seq)
    .orderBy('m.user_id')
    .execute();
  return rows.map((r) => ({
    user_id: r.user_id,
    delivered_at_ms: r.delivered_at_ms === null ? null : Number(r.delivered_at_ms),
    read_at_ms: r.read_at_ms === null ? null : Number(r.read_at_ms),
  }));
}

export interface LargeGroupMembership {
  conversation_id: string;
  joined_seq: number;
  /** Where the group became large: its messages before it went out as feed copies. */
  large_since_seq: number;
  /** The seq of the group's newest message (0 if none). */
  last_seq: number;
}

/** The large groups a user is a member of: their devices follow these conversations. */
export async function largeGroupsOf(db: Db, userId: string): Promise<LargeGroupMembership[]> {
  const rows = await sql<LargeGroupMembership>`
    select m.conversation_id, m.joined_seq, c.large_since_seq,
      coalesce((select max(x.seq) from messages x where x.conversation_id = m.conversation_id), 0) as last_seq
    from conversation_members m join conversations c on c.conversation_id = m.conversation_id
    where m.user_id = ${userId} and c.large_since_seq > 0`.execute(db);
  return rows.rows.map((r) => ({
    conversation_id: r.conversation_id,
    joined_seq: Number(r.joined_seq),
    large_since_seq: Number(r.large_since_seq),
    last_seq: Number(r.last_seq),
  }));
}
