// The send path: validate cheaply, append MessagePosted to the conversation's subject, and
// answer only once JetStream has acknowledged it (the moment the message is durable).
// A repeat of the same client_msg_id gets the original answer: inside the stream's
// duplicate window JetStream itself reports the duplicate; for a send marked as a retry the
// messages read model is also consulted (in parallel with the publish, batched per tick),
// which still has the original after the window. Whatever happens, the conversation
// projector drops a late repeat, so history stays exact.
import type { PubAck } from '../shared/ack-publisher.js';
import { Batcher } from '../shared/batcher.js';
import { decodeEvent, encodeEvent } from '../shared/events.js';
import { ParleyError } from '../shared/errors.js';
import { isId, messageIdFor } from '../shared/ids.js';
import { getConversation, getMessages, hiddenUpTo, type MessageRow } from '../projections/conversations/queries.js';
import { deadline } from '../shared/message-rules.js';
import { readSettled } from './settled-read.js';
import type { CommandContext } from './context.js';
import type { MembershipCache } from './membership.js';
import type { MediaService } from './media.js';
import type { parley } from '../gen/proto.js';
import { hasNul } from '../shared/pg-text.js';

export interface SendInput {
  userId: string;
  deviceId: string;
  conversationId: string;
  clientMsgId: string;
  text: string;
  mediaIds: string[];
  /** The client may have sent this before: check the read model as well as JetStream. */
  retry: boolean;
  /** A reply to this message (same conversation, visible to the sender). */
  replyToMessageId?: string;
}

export interface SentResult {
  conversationId: string;
  clientMsgId: string;
  messageId: string;
  seq: number;
  sentAtMs: number;
}

export interface Prepared {
  input: SendInput;
  messageId: string;
  /** What the message carries about its media (checked in prepare). */
  media: parley.v1.IMediaInfo[];
}

const MAX_CLIENT_MSG_ID = 128;

export class MessageSender {
  private readonly existing: Batcher<string, MessageRow>;

  constructor(
    private readonly ctx: CommandContext,
    private readonly membership: MembershipCache,
    /** Checks and attaches media; without it a Send with media_ids is refused. */
    private readonly media?: MediaService,
  ) {
    this.existing = new Batcher(async (ids) => new Map((await getMessages(ctx.db, ids)).map((m) => [m.message_id, m])));
  }

  /** Throws a ParleyError for anything a client must fix. */
  validate(input: SendInput): void {
    if (!isId(input.conversationId)) throw new ParleyError('conversation_not_found', 'no such conversation');
    if (input.clientMsgId.length === 0 || input.clientMsgId.length > MAX_CLIENT_MSG_ID) {
      throw new ParleyError('bad_request', `client_msg_id must be 1 to ${MAX_CLIENT_MSG_ID} characters`);
    }
    if (input.mediaIds.length > 0 && !this.media) throw new ParleyError('unsupported', 'media attachments are not available here');
    checkText(input.text, this.ctx.config.MAX_TEXT_CHARS, input.mediaIds.length > 0);
    if (input.replyToMessageId !== undefined && input.replyToMessageId !== '' && !isId(input.replyToMessageId)) {
      throw new ParleyError('not_found', 'the message replied to is not in this conversation');
    }
    // Postgres text cannot hold NUL (see shared/pg-text.ts); checkText refuses it in text.
    if (hasNul(input.clientMsgId)) throw new ParleyError('bad_request', 'client_msg_id must not contain NUL characters');
  }

  async send(input: SendInput): Promise<SentResult> {
    return this.commit(await this.prepare(input));
  }

  /** Validation that needs the read model (membership). Resolves to what commit publishes. */
  async prepare(input: SendInput): Promise<Prepared> {
    this.validate(input);
    checkMember(await this.membership.members(input.conversationId), input.userId);
    if (input.replyToMessageId) await this.checkReplyTarget(input);
    // validate() refused media where there is no MediaService.
    const media = input.mediaIds.length > 0 ? await this.media!.forSend(input.userId, input.conversationId, input.mediaIds) : [];
    return prepared(input, media);
  }

  /**
   * prepare() without waiting, for the common send: text only, no reply, the membership in
   * the cache. Undefined when it would have to wait (then call prepare()); throws what
   * prepare() would reject with.
   */
  prepareNow(input: SendInput): Prepared | undefined {
    if (input.mediaIds.length > 0 || input.replyToMessageId) return undefined;
    const members = this.membership.peek(input.conversationId);
    if (!members) return undefined;
    this.validate(input);
    checkMember(members, input.userId);
    return prepared(input, []);
  }

  /** A reply must answer a message of the same conversation that the sender can see. */
  private async checkReplyTarget(input: SendInput): Promise<void> {
    const id = input.replyToMessageId!;
    const target = isId(id) ? await readSettled(this.ctx, () => this.existing.get(id)) : undefined;
    if (!target || target.conversation_id !== input.conversationId || target.deleted_at_ms !== null) {
      throw new ParleyError('not_found', 'the message replied to is not in this conversation');
    }
    const conv = await getConversation(this.ctx.db, input.conversationId);
    if (!conv || target.seq <= hiddenUpTo(conv, input.userId)) throw new ParleyError('not_found', 'the message replied to is not in this conversation');
  }

  /**
   * Publishes at once (before its first await), so calls made in order are appended in
   * order: a connection that prepares its sends one after another keeps its own order.
   */
  commit({ input, messageId, media }: Prepared): Promise<SentResult> {
    const sentAtMs = this.ctx.now();
    const event = encodeEvent({
      messagePosted: {
        messageId,
        conversationId: input.conversationId,
        senderId: input.userId,
        senderDeviceId: input.deviceId,
        clientMsgId: input.clientMsgId,
        text: input.text,
        mediaIds: input.mediaIds,
        sentAtMs,
        media,
        replyToMessageId: input.replyToMessageId ?? '',
        // The message's own rules, fixed now (docs/lifecycle.md).
        editUntilMs: deadline(sentAtMs, this.ctx.config.EDIT_WINDOW_S),
        deleteUntilMs: deadline(sentAtMs, this.ctx.config.DELETE_WINDOW_S),
      },
    });
    const posted = this.ctx.publisher.publish(this.ctx.names.convSubject(input.conversationId), event, { msgId: messageId });
    // The media's own log says where it was sent (access, orphan collection); a failure
    // fails the send, and the client's retry repeats both as duplicates.
    const attached = media.length > 0 && this.media ? this.media.attach(messageId, input.conversationId, input.userId, media, sentAtMs) : undefined;
    const published = attached ? Promise.all([posted, attached]).then(([ack]) => ack) : posted;
    return this.answer(input, messageId, sentAtMs, published);
  }

  /**
   * The Sent of a send, once its publish is acknowledged. A plain promise chain, not an async
   * function: suspended in `await` until the PubAck, the async form left more of each send
   * alive through the gateway's scavenges (at 3,000 msgs/s, 1.88 and 2.22 MB promoted per
   * scavenge against 1.51 and 1.38 MB, two pairs with `--trace-gc-nvp`). A send marked as a
   * retry also asks the read model, at the same time as the publish. The plain path builds its
   * answer inline on purpose: sharing one helper with answerRetry (a `base` object made up
   * front and spread into the answer) brought the promotion back to 2.1 MB in three runs.
   */
  private answer(input: SendInput, messageId: string, sentAtMs: number, published: Promise<PubAck>): Promise<SentResult> {
    if (input.retry) return this.answerRetry(input, messageId, sentAtMs, published);
    const { conversationId, clientMsgId } = input;
    return published.then((ack) =>
      ack.duplicate
        ? this.sentAtOf(ack.seq).then((at) => ({ conversationId, clientMsgId, messageId, seq: ack.seq, sentAtMs: at }))
        : { conversationId, clientMsgId, messageId, seq: ack.seq, sentAtMs },
    );
  }

  private async answerRetry(input: SendInput, messageId: string, sentAtMs: number, published: Promise<PubAck>): Promise<SentResult> {
    const [ack, original] = await Promise.all([published, this.existing.get(messageId)]);
    const base = { conversationId: input.conversationId, clientMsgId: input.clientMsgId, messageId };
    if (original) return { ...base, seq: original.seq, sentAtMs: original.sent_at_ms };
    if (ack.duplicate) return { ...base, seq: ack.seq, sentAtMs: await this.sentAtOf(ack.seq) };
    return { ...base, seq: ack.seq, sentAtMs };
  }

  private async sentAtOf(seq: number): Promise<number> {
    const stored = await this.ctx.jsm.direct.getMessage(this.ctx.names.convStream, { seq });
    return stored ? (decodeEvent(stored.data).messagePosted?.sentAtMs ?? 0) : 0;
  }
}

function prepared(input: SendInput, media: parley.v1.IMediaInfo[]): Prepared {
  return { input, messageId: messageIdFor(input.conversationId, input.userId, input.clientMsgId), media };
}

function checkMember(members: Set<string> | undefined, userId: string): void {
  if (!members) throw new ParleyError('conversation_not_found', 'no such conversation');
  if (!members.has(userId)) throw new ParleyError('not_member', 'you are not a member of this conversation');
}

/** A message text (sent or edited): not blank, at most max characters (code points). */
/** withMedia: the message carries media, so its text may be empty. */
export function checkText(text: string, max: number, withMedia = false): void {
  // Characters are code points; a string of at most max UTF-16 units cannot have more.
  if (text.length > max && countCodePoints(text, max) > max) {
    throw new ParleyError('text_too_long', `text is longer than ${max} characters`);
  }
  if (text.trim().length === 0 && !withMedia) throw new ParleyError('empty_message', 'a message needs text or media');
  if (hasNul(text)) throw new ParleyError('bad_request', 'text must not contain NUL characters');
}

function countCodePoints(s: string, stopAfter: number): number {
  let n = 0;
  for (const _ of s) if (++n > stopAfter) break;
  return n;
}
