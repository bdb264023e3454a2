// Turns devices' Acks into delivery receipts. A connection reports, per conversation, the
// highest conversation seq of the messages from others that its device has acknowledged;
// the reporter keeps the highest per (user, conversation) and records it as a
// MessagesDelivered event at most once per interval, counted from the first ack it covers.
// So a chatty device costs one event per conversation per interval, not one per message,
// and the events of many devices are spread over the interval instead of leaving together
// (a burst the conversation projector would have to swallow in one batch).
import type { Logger } from '../shared/log.js';
import type { ReceiptRecorder, Watermark } from '../commands/receipts.js';

const TICK_MS = 50;

interface Pending {
  watermark: Watermark;
  due: number;
}

export class DeliveryReporter {
  private pending = new Map<string, Pending>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly receipts: ReceiptRecorder,
    private readonly log: Logger,
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.timer = setInterval(() => void this.flush(this.now()), Math.min(TICK_MS, intervalMs));
    this.timer.unref();
  }

  record(w: Watermark): void {
    const key = `${w.userId} ${w.conversationId}`;
    const prev = this.pending.get(key);
    if (!prev) this.pending.set(key, { watermark: w, due: this.now() + this.intervalMs });
    else if (prev.watermark.upToSeq < w.upToSeq) prev.watermark = w;
  }

  /** Records what is due by the given time (everything, by default). */
  async flush(upTo = Infinity): Promise<void> {
    const due: Watermark[] = [];
    for (const [key, p] of this.pending) {
      if (p.due > upTo) continue;
      this.pending.delete(key);
      due.push(p.watermark);
    }
    await Promise.all(
      due.map((w) =>
        this.receipts.delivered(w).catch((err: unknown) => {
          // Not lost: it goes again after another interval (a later one supersedes it).
          this.log.warn({ err, conversation: w.conversationId }, 'delivery receipt not recorded; retrying');
          this.record(w);
        }),
      ),
    );
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
