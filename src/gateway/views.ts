// The JSON shapes of the REST API (snake_case, times in epoch milliseconds).
import { Kind } from '../shared/conversation-rules.js';
import type { DeviceRow, UserRow } from '../projections/users/queries.js';
import type { ConversationView, MessageRow } from '../projections/conversations/queries.js';
import type { Quote, ReactionSummary } from '../projections/conversations/lifecycle-queries.js';

export function userView(u: UserRow, self: boolean): Record<string, unknown> {
  return {
    user_id: u.user_id,
    username: u.username,
    display_name: u.display_name,
    // Settings are the user's own business.
    ...(self ? { email: u.email, hide_last_seen: u.hide_last_seen } : {}),
    created_at_ms: u.created_at_ms,
    deleted: u.deleted_at_ms !== null,
  };
}

export function kindName(kind: number): string {
  return kind === Kind.group ? 'group' : 'direct';
}

export function conversationView(c: ConversationView): Record<string, unknown> {
  return {
    conversation_id: c.conversation_id,
    type: kindName(c.kind),
    name: c.name,
    member_ids: c.member_ids,
    created_by: c.created_by,
    created_at_ms: c.created_at_ms,
    ...(c.kind === Kind.group ? { admin_ids: c.admin_ids, member_limit: c.member_limit, share_history: c.share_history } : {}),
  };
}

/** What history adds to a message: the quoted message of a reply, and the reactions. */
export interface MessageExtras {
  quote?: Quote | undefined;
  reactions?: ReactionSummary[] | undefined;
}

export function messageView(m: MessageRow, extras?: MessageExtras): Record<string, unknown> {
  return {
    message_id: m.message_id,
    conversation_id: m.conversation_id,
    seq: Number(m.seq),
    sender_id: m.sender_id,
    sender_device_id: m.sender_device_id,
    client_msg_id: m.client_msg_id,
    text: m.text,
    media_ids: m.media_ids,
    sent_at_ms: Number(m.sent_at_ms),
    edited: m.edited_at_ms != null,
    edited_at_ms: m.edited_at_ms == null ? null : Number(m.edited_at_ms),
    reply_to_message_id: m.reply_to_message_id ?? null,
    ...(extras && m.reply_to_message_id ? { reply_to: extras.quote ? quoteView(extras.quote) : null } : {}),
    ...(extras ? { reactions: extras.reactions ?? [] } : {}),
  };
}

function quoteView(q: Quote): Record<string, unknown> {
  return { message_id: q.message_id, seq: Number(q.seq), sender_id: q.sender_id, text: q.deleted ? '' : q.text, deleted: q.deleted };
}

/** A device as its owner sees it. The push token itself is not shown, only its kind. */
export function deviceView(d: DeviceRow, lastActiveMs: number | undefined, current: boolean): Record<string, unknown> {
  return {
    device_id: d.device_id,
    name: d.name,
    created_at_ms: d.created_at_ms,
    last_active_ms: lastActiveMs ?? null,
    current,
    push_registered: d.push_token !== null,
    push_kind: d.push_kind,
  };
}
