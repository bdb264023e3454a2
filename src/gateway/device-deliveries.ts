// The delivery receipts of one device's socket. Every message from someone else sent to the
// device is remembered (per conversation, its cursor and seq) until an Ack covers it; the Ack
// then reports the highest seq it covered per conversation to the delivery reporter. A device
// that resumes past its stored position is owed the deliveries in between (see
// FeedSession.start): they are collected here while those entries are read again.
import type { FeedEntryHead } from '../shared/events.js';
import type { DeliveryReporter } from './delivery-reporter.js';
import type { Principal } from './tokens.js';

/** Delivered-but-unacknowledged messages remembered for delivery receipts; beyond it, forgotten (receipts come late, never wrong). */
const MAX_UNACKED = 10_000;

export class DeviceDeliveries {
  /** Per conversation, [cursor, conversation seq] of messages from others sent and not yet acknowledged. */
  private readonly unacked = new Map<string, Array<[number, number]>>();
  private unackedCount = 0;
  /** While re-reading entries the device had: per conversation, the deliveries owed. */
  private owed: Map<string, number> | undefined;

  constructor(
    private readonly reporter: DeliveryReporter,
    private readonly principal: Principal,
  ) {}

  /** A message from someone else was sent: its Ack will be a delivery receipt. */
  sent(head: FeedEntryHead): void {
    if (++this.unackedCount > MAX_UNACKED) {
      this.unacked.clear();
      this.unackedCount = 1;
    }
    const queue = this.unacked.get(head.conversationId);
    if (queue) queue.push([head.cursor, head.seq]);
    else this.unacked.set(head.conversationId, [[head.cursor, head.seq]]);
  }

  /** The device acknowledged its feed up to cursor: the messages sent up to it were delivered. */
  acknowledged(cursor: number): void {
    const { userId, deviceId } = this.principal;
    for (const [conversationId, queue] of this.unacked) {
      let upToSeq = 0;
      let n = 0;
      while (n < queue.length && queue[n]![0] <= cursor) upToSeq = queue[n++]![1];
      if (n === 0) continue;
      this.unackedCount -= n;
      if (n === queue.length) this.unacked.delete(conversationId);
      else queue.splice(0, n);
      this.reporter.record({ userId, deviceId, conversationId, upToSeq });
    }
  }

  /** The device acknowledged a large group up to seq: its delivery receipt. */
  acknowledgedInGroup(conversationId: string, seq: number): void {
    const { userId, deviceId } = this.principal;
    this.reporter.record({ userId, deviceId, conversationId, upToSeq: seq });
  }

  /**
   * A large group's position is a conversation seq, so the deliveries owed for positions the
   * device sent past the stored ones (see FeedSession.start) are those positions themselves.
   * The fold ignores a watermark that does not move, or of a user no longer in the group.
   */
  recoverGroups(sent: Record<string, number>, stored: Record<string, number>): void {
    const { userId, deviceId } = this.principal;
    for (const [conversationId, upToSeq] of Object.entries(sent)) {
      if (upToSeq > (stored[conversationId] ?? 0)) this.reporter.record({ userId, deviceId, conversationId, upToSeq });
    }
  }

  /** Entries the device had are about to be read again (see FeedSession.start). */
  startOwing(): void {
    this.owed = new Map();
  }

  /** Entries the device had are being read again. */
  get owing(): boolean {
    return this.owed !== undefined;
  }

  /** An entry the device had already (see FeedSession.start): a message from someone else was delivered. */
  owe(head: FeedEntryHead): void {
    if (head.senderId === '' || head.senderId === this.principal.userId) return;
    this.owed!.set(head.conversationId, Math.max(this.owed!.get(head.conversationId) ?? 0, head.seq));
  }

  /** The entries the device had are read: their deliveries are recorded. */
  recordOwed(): void {
    const { userId, deviceId } = this.principal;
    for (const [conversationId, upToSeq] of this.owed ?? []) {
      this.reporter.record({ userId, deviceId, conversationId, upToSeq });
    }
    this.owed = undefined;
  }
}
