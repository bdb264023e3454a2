// The client's data: messages, conversations and the tick rule, as plain values and pure
// functions (ChatState folds the feed into them; the unit test checks the rule).
import type { MessageJson } from './api.js';
import { mediaOf, type MediaInfo } from './media.js';

export type Status = 'pending' | 'sent' | 'delivered' | 'read' | 'failed';

export interface Message {
  /** sender + client_msg_id: the same for the optimistic copy, the Sent answer and history. */
  key: string;
  messageId?: string;
  seq?: number;
  senderId: string;
  clientMsgId: string;
  text: string;
  sentAtMs: number;
  media: MediaInfo[];
  failed?: boolean;
}

export interface Conversation {
  id: string;
  type: 'direct' | 'group';
  name: string;
  memberIds: string[];
  unread: number;
  /** Newest message seq known in this conversation. */
  lastSeq: number;
  last?: Message;
  /** Messages loaded so far, oldest first; pending sends (no seq yet) at the end. */
  messages: Message[];
  loaded: boolean;
  hasMore: boolean;
  loadingOlder: boolean;
  /** Other members' watermarks: up to which seq they have received / read. */
  delivered: Map<string, number>;
  read: Map<string, number>;
  /** Who is typing now, with the timer that ends it if the server's "off" never comes. */
  typing: Map<string, ReturnType<typeof setTimeout>>;
}

export interface Presence {
  online: boolean;
  lastSeenMs: number;
}

/**
 * The ticks of one of my messages: read when every other member's read watermark is at or
 * past its seq, delivered when every delivered watermark is, else sent (durable).
 */
export function messageStatus(conv: Pick<Conversation, 'memberIds' | 'delivered' | 'read'>, m: Pick<Message, 'seq' | 'failed'>, myId: string): Status {
  if (m.failed) return 'failed';
  if (m.seq === undefined) return 'pending';
  const seq = m.seq;
  const others = conv.memberIds.filter((id) => id !== myId);
  if (others.length === 0) return 'sent';
  if (others.every((id) => (conv.read.get(id) ?? 0) >= seq)) return 'read';
  if (others.every((id) => (conv.delivered.get(id) ?? 0) >= seq)) return 'delivered';
  return 'sent';
}

/** Watermarks only move forward. */
export function raise(map: Map<string, number>, key: string, value: number): void {
  if (value > (map.get(key) ?? 0)) map.set(key, value);
}

/** History order; pending sends (no seq yet) last, in the order they were written. */
export function bySeq(a: Message, b: Message): number {
  return (a.seq ?? Number.MAX_SAFE_INTEGER) - (b.seq ?? Number.MAX_SAFE_INTEGER) || a.sentAtMs - b.sentAtMs;
}

export function fromJson(m: MessageJson): Message {
  return {
    key: `${m.sender_id}:${m.client_msg_id}`,
    messageId: m.message_id,
    seq: m.seq,
    senderId: m.sender_id,
    clientMsgId: m.client_msg_id,
    text: m.text,
    sentAtMs: m.sent_at_ms,
    media: mediaOf(m),
  };
}
