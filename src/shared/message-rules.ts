// What may happen to a message after it is sent (edit, delete for everyone or for oneself,
// reactions, replies), as pure functions of the conversation's fold state and the message's
// facts. The conversation projector decides with them while folding the log (the authority:
// a replay decides the same way, because everything they read is in the log: the message's
// own deadlines, the event's at_ms, membership at that position); the commands ask them of
// the read model first, to answer a client with a clear error.
import type { Event, MessageDeleted, MessageEdited, MessageHidden, ReactionAdded, ReactionRemoved } from './events.js';
import { Kind, Role, type ConversationState } from './conversation-rules.js';

/** What the fold knows of a message: enough to judge changes to it. */
export interface MessageFacts {
  conversationId: string;
  seq: number;
  senderId: string;
  deleted: boolean;
  /** The sender may edit up to here (event at_ms); 0: no limit. */
  editUntilMs: number;
  /** The sender may delete for everyone up to here; 0: no limit. Admins have no limit. */
  deleteUntilMs: number;
}

export type LifecycleRefusal =
  | 'no_such_message'
  | 'not_member'
  | 'not_sender'
  | 'not_allowed'
  | 'deleted'
  | 'edit_window'
  | 'delete_window'
  | 'bad_event';

export type LifecycleEvent = MessageEdited | MessageDeleted | MessageHidden | ReactionAdded | ReactionRemoved;

export type LifecycleKind = 'messageEdited' | 'messageDeleted' | 'messageHidden' | 'reactionAdded' | 'reactionRemoved';

const KINDS = new Set<string>(['messageEdited', 'messageDeleted', 'messageHidden', 'reactionAdded', 'reactionRemoved']);

export function isLifecycleEvent(event: Event): boolean {
  return event.body !== undefined && KINDS.has(event.body);
}

/** The body of a lifecycle event, or undefined for any other event. */
export function lifecycleBody(event: Event): { kind: LifecycleKind; e: LifecycleEvent } | undefined {
  if (event.body === undefined || !KINDS.has(event.body)) return undefined;
  const kind = event.body as LifecycleKind;
  const e = event[kind] as LifecycleEvent | null | undefined;
  return e ? { kind, e } : undefined;
}

/** Longest reaction, in UTF-16 units: an emoji with modifiers and joiners fits easily. */
export const MAX_EMOJI_LENGTH = 32;

/** A reaction is one short token: no whitespace or control characters. */
export function validEmoji(emoji: string): boolean {
  return emoji.length > 0 && emoji.length <= MAX_EMOJI_LENGTH && !/[\s\p{Cc}]/u.test(emoji);
}

/**
 * Whether userId may read the message: a member, and in a group that hides its history from
 * later members, only what came after their join (history's rule, `hiddenUpTo`).
 */
export function canSee(state: ConversationState, userId: string, msg: MessageFacts): boolean {
  const m = state.members.get(userId);
  if (!m) return false;
  if (state.kind === Kind.group && !state.shareHistory && msg.seq <= m.joinedSeq) return false;
  return true;
}

/**
 * The reason the fold refuses a lifecycle event in this state; undefined if it applies.
 * Reactions that change nothing (adding one that exists) are judged by the caller, which
 * holds the reactions.
 */
export function lifecycleRefusal(state: ConversationState | undefined, msg: MessageFacts | undefined, event: Event, conversationId: string): LifecycleRefusal | undefined {
  const body = lifecycleBody(event);
  if (!body) return 'bad_event';
  const { kind, e } = body;
  if (!state || !msg || msg.conversationId !== conversationId || e.conversationId !== conversationId) return 'no_such_message';
  if (!state.members.has(e.userId)) return 'not_member';
  if (!canSee(state, e.userId, msg)) return 'no_such_message';
  switch (kind) {
    case 'messageHidden':
      return undefined;
    case 'messageEdited': {
      if (msg.senderId !== e.userId) return 'not_sender';
      if (msg.deleted) return 'deleted';
      if ((e as MessageEdited).text.trim().length === 0) return 'bad_event';
      if (msg.editUntilMs > 0 && e.atMs > msg.editUntilMs) return 'edit_window';
      return undefined;
    }
    case 'messageDeleted': {
      if (msg.deleted) return 'deleted';
      const admin = state.kind === Kind.group && state.members.get(e.userId)?.role === Role.admin;
      if (admin) return undefined;
      if (msg.senderId !== e.userId) return 'not_allowed';
      if (msg.deleteUntilMs > 0 && e.atMs > msg.deleteUntilMs) return 'delete_window';
      return undefined;
    }
    case 'reactionAdded':
    case 'reactionRemoved':
      if (msg.deleted) return 'deleted';
      return validEmoji((e as ReactionAdded | ReactionRemoved).emoji) ? undefined : 'bad_event';
  }
}

/**
 * A reply keeps its reference only to a message its sender could see in the same
 * conversation (and not deleted); otherwise the message stands without it.
 */
export function replyTarget(state: ConversationState, senderId: string, target: MessageFacts | undefined, conversationId: string): boolean {
  return target !== undefined && target.conversationId === conversationId && !target.deleted && canSee(state, senderId, target);
}

/** The deadline a window (seconds, 0 = none) gives a message sent at sentAtMs. */
export function deadline(sentAtMs: number, windowS: number): number {
  return windowS > 0 ? sentAtMs + windowS * 1000 : 0;
}
