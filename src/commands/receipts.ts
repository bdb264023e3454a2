// Receipt commands: a user read a conversation up to a position (MarkRead), and devices
// stored messages (reported by the gateway from their Acks, coalesced). Both are watermark
// events on the conversation's subject; the projector keeps them monotonic and tells the
// senders, so the gateway only checks what a client could get wrong.
import { encodeEvent } from '../shared/events.js';
import { ParleyError } from '../shared/errors.js';
import { isId } from '../shared/ids.js';
import type { CommandContext } from './context.js';
import type { MembershipCache } from './membership.js';

export interface Watermark {
  userId: string;
  deviceId: string;
  conversationId: string;
  upToSeq: number;
}

export class ReceiptRecorder {
  constructor(
    private readonly ctx: CommandContext,
    private readonly membership: MembershipCache,
  ) {}

  /** Records a read mark once it is durable; resolves to its position in the conversation. */
  async markRead(w: Watermark): Promise<number> {
    if (!isId(w.conversationId)) throw new ParleyError('conversation_not_found', 'no such conversation');
    if (!Number.isSafeInteger(w.upToSeq) || w.upToSeq <= 0) throw new ParleyError('bad_request', 'up_to_seq must be a positive conversation seq');
    const members = await this.membership.members(w.conversationId);
    if (!members) throw new ParleyError('conversation_not_found', 'no such conversation');
    if (!members.has(w.userId)) throw new ParleyError('not_member', 'you are not a member of this conversation');
    return this.publish('messagesRead', w);
  }

  /** Records deliveries the gateway collected (trusted: they come from delivered feed entries). */
  async delivered(w: Watermark): Promise<void> {
    // Reported positions come from clients (Ack, Auth.group_positions): one naming no possible
    // conversation has nothing to record, and would otherwise be retried for ever.
    if (!isId(w.conversationId)) return;
    await this.publish('messagesDelivered', w);
  }

  private async publish(kind: 'messagesRead' | 'messagesDelivered', w: Watermark): Promise<number> {
    const body = { conversationId: w.conversationId, userId: w.userId, deviceId: w.deviceId, upToSeq: w.upToSeq, atMs: this.ctx.now() };
    const ack = await this.ctx.publisher.publish(this.ctx.names.convSubject(w.conversationId), encodeEvent({ [kind]: body }));
    return ack.seq;
  }
}
