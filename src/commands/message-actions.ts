// Commands on a sent message: edit, delete (for everyone, or for oneself), react. Each is
// checked against the read model with the rules the conversation projector folds the log with
// (src/shared/message-rules.ts), appended to the conversation's subject (so it is ordered with
// the messages), and answered once the projection has applied it. If something got in
// between (the message was deleted, the sender left, a window closed) and the fold refused
// the event, the answer is a conflict: nothing happened.
//
// No "expected last subject sequence" here: every message moves a conversation's subject, so
// an optimistic append would fail on any busy conversation. The fold's re-check is what makes
// a race safe, and the projection tells the command which way it went.
import { pb, encodeEvent, type IEvent } from '../shared/events.js';
import { ParleyError } from '../shared/errors.js';
import { isId } from '../shared/ids.js';
import { lifecycleRefusal, validEmoji, MAX_EMOJI_LENGTH, type LifecycleRefusal, type MessageFacts } from '../shared/message-rules.js';
import { stateFromRows } from '../projections/conversations/state-cache.js';
import { getConversation, getMessage, type MessageRow } from '../projections/conversations/queries.js';
import { hiddenFor } from '../projections/conversations/lifecycle-queries.js';
import type { CommandContext } from './context.js';
import { checkText } from './send-message.js';
import { readSettled } from './settled-read.js';

export interface ActionInput {
  userId: string;
  deviceId: string;
  messageId: string;
}

/** The change is in the log and the read models; seq 0: there was nothing to change. */
export interface Applied {
  conversationId: string;
  messageId: string;
  seq: number;
}

export class MessageActions {
  constructor(private readonly ctx: CommandContext) {}

  async edit(input: ActionInput & { text: string }): Promise<Applied> {
    checkText(input.text, this.ctx.config.MAX_TEXT_CHARS);
    const { msg, event } = await this.prepare(input, (base) => ({ messageEdited: { ...base, text: input.text } }));
    return this.append(msg, event);
  }

  /** For everyone (MessageDeleted), or for this user only (MessageHidden). */
  async delete(input: ActionInput & { forEveryone: boolean }): Promise<Applied> {
    if (!input.forEveryone) {
      const msg = await this.visible(input);
      if (await hiddenFor(this.ctx.db, input.userId, msg.message_id)) return { conversationId: msg.conversation_id, messageId: msg.message_id, seq: 0 };
    }
    const { msg, event } = await this.prepare(input, (base) => (input.forEveryone ? { messageDeleted: base } : { messageHidden: base }));
    return this.append(msg, event);
  }

  /** Adds (or removes) the user's reaction; one per user and emoji. */
  async react(input: ActionInput & { emoji: string; remove: boolean }): Promise<Applied> {
    if (!validEmoji(input.emoji)) throw new ParleyError('bad_request', `a reaction is one emoji (at most ${MAX_EMOJI_LENGTH} characters, no spaces)`);
    const { msg, event } = await this.prepare(input, (base) => (input.remove ? { reactionRemoved: { ...base, emoji: input.emoji } } : { reactionAdded: { ...base, emoji: input.emoji } }));
    const wanted = !input.remove;
    const unchanged = { conversationId: msg.conversation_id, messageId: msg.message_id, seq: 0 };
    if ((await this.hasReaction(input.userId, msg.message_id, input.emoji)) === wanted) return unchanged;
    try {
      return await this.append(msg, event);
    } catch (err) {
      // Another device of the user made the same change first: the outcome is the one asked for.
      if (err instanceof ParleyError && err.code === 'conflict' && (await this.hasReaction(input.userId, msg.message_id, input.emoji)) === wanted) return unchanged;
      throw err;
    }
  }

  /** The message, if the user may see it (else not_found, which does not reveal it exists). */
  private async visible(input: ActionInput): Promise<MessageRow> {
    const msg = await this.load(input.messageId);
    if (!msg || msg.deleted_at_ms !== null || (await hiddenFor(this.ctx.db, input.userId, msg.message_id))) {
      throw new ParleyError('not_found', 'no such message');
    }
    return msg;
  }

  private async prepare(
    input: ActionInput,
    build: (base: { conversationId: string; messageId: string; userId: string; deviceId: string; atMs: number }) => IEvent,
  ): Promise<{ msg: MessageRow; event: IEvent }> {
    const msg = await this.load(input.messageId);
    if (!msg) throw new ParleyError('not_found', 'no such message');
    const conv = await getConversation(this.ctx.db, msg.conversation_id);
    const state = conv && stateFromRows(conv, conv.members);
    const event = build({ conversationId: msg.conversation_id, messageId: msg.message_id, userId: input.userId, deviceId: input.deviceId, atMs: this.ctx.now() });
    const why = lifecycleRefusal(state, factsOf(msg), pb.Event.fromObject(event), msg.conversation_id);
    if (why !== undefined) throw refusalError(why);
    if (event.messageHidden === undefined && (await hiddenFor(this.ctx.db, input.userId, msg.message_id))) {
      throw new ParleyError('not_found', 'no such message');
    }
    return { msg, event };
  }

  private load(messageId: string): Promise<MessageRow | undefined> {
    return isId(messageId) ? readSettled(this.ctx, () => getMessage(this.ctx.db, messageId)) : Promise.resolve(undefined);
  }

  private async append(msg: MessageRow, event: IEvent): Promise<Applied> {
    const ack = await this.ctx.publisher.publish(this.ctx.names.convSubject(msg.conversation_id), encodeEvent(event));
    await this.ctx.progress.waitFor('conversations', ack.seq);
    const applied = await this.ctx.db
      .selectFrom('message_events')
      .select('seq')
      .where('conversation_id', '=', msg.conversation_id)
      .where('seq', '=', ack.seq)
      .executeTakeFirst();
    if (!applied) throw new ParleyError('conflict', 'the message changed at the same time; look at it again and retry');
    return { conversationId: msg.conversation_id, messageId: msg.message_id, seq: ack.seq };
  }

  private async hasReaction(userId: string, messageId: string, emoji: string): Promise<boolean> {
    const row = await this.ctx.db
      .selectFrom('reactions')
      .select('seq')
      .where('message_id', '=', messageId)
      .where('user_id', '=', userId)
      .where('emoji', '=', emoji)
      .executeTakeFirst();
    return row !== undefined;
  }
}

export function factsOf(m: MessageRow): MessageFacts {
  return {
    conversationId: m.conversation_id,
    seq: m.seq,
    senderId: m.sender_id,
    deleted: m.deleted_at_ms !== null,
    editUntilMs: m.edit_until_ms,
    deleteUntilMs: m.delete_until_ms,
  };
}

function refusalError(why: LifecycleRefusal): ParleyError {
  switch (why) {
    case 'no_such_message':
    case 'not_member':
    case 'deleted':
      // Outside the conversation (or gone): do not reveal that the message exists.
      return new ParleyError('not_found', 'no such message');
    case 'not_sender':
      return new ParleyError('forbidden', 'only the sender may edit a message');
    case 'not_allowed':
      return new ParleyError('forbidden', 'only the sender or a group admin may delete a message for everyone');
    case 'edit_window':
      return new ParleyError('edit_window_closed', 'this message can no longer be edited');
    case 'delete_window':
      return new ParleyError('delete_window_closed', 'this message can no longer be deleted for everyone');
    case 'bad_event':
      return new ParleyError('bad_request', 'nothing to change');
  }
}
