// Turns devices' Acks into delivery receipts. A connection reports, per conversation, the
// highest conversation seq of the messages from others that its device has acknowledged;
// the reporter keeps the highest per (user, conversation) and records them as
// MessagesDelivered events once per interval, so a chatty device costs at most one event per
// conversation per interval, not one per message. The cursor store flushes it before it
// writes device positions (see CursorStore), so a stored position never covers an Ack whose
// delivery is not recorded.
//
// The interval's flush goes out in small chunks spread over three quarters of the interval: a
// thousand devices' receipts leaving at once were one projector batch that held up the
// messages behind it. Measured at 3,000 msgs/s 1:1 with acks (`BENCH_RATE=3000
// BENCH_SCENARIOS=direct BENCH_TOPOLOGY=serve BENCH_ONLY=parley`), five alternating pairs:
// p99 161–235 ms spread over a quarter, 71–156 ms over three quarters (and 174 ms all at
// once against 78 ms over a quarter, at 2,000 msgs/s, in an earlier session). A flush
// someone waits for (a position to write, a shutdown) is not spread, and hurries the one
// under way.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../shared/log.js';
import type { ReceiptRecorder, Watermark } from '../commands/receipts.js';

const CHUNK = 64;

export class DeliveryReporter {
  private pending = new Map<string, Watermark>();
  private readonly timer: NodeJS.Timeout;
  /** Flushes run one after another, so a flush's answer covers every one before it. */
  private chain: Promise<unknown> = Promise.resolve();
  /** Flushes someone waits for, queued or under way: while there are any, nothing is spread. */
  private waiting = 0;

  constructor(
    private readonly receipts: ReceiptRecorder,
    private readonly log: Logger,
    private readonly intervalMs: number,
  ) {
    this.timer = setInterval(() => void this.enqueue(false), intervalMs);
    this.timer.unref();
  }

  record(w: Watermark): void {
    const key = `${w.userId} ${w.conversationId}`;
    const prev = this.pending.get(key);
    if (!prev || prev.upToSeq < w.upToSeq) this.pending.set(key, w);
  }

  /**
   * Records everything reported so far; true once all of it is durable in the log. Urgent
   * (the default): someone waits for it, so it is not spread and hurries the flush under way.
   */
  flush(urgent = true): Promise<boolean> {
    return this.enqueue(urgent);
  }

  private enqueue(urgent: boolean): Promise<boolean> {
    if (urgent) this.waiting++;
    const done = this.chain.then(() => this.flushNow(urgent));
    this.chain = done;
    return urgent ? done.finally(() => this.waiting--) : done;
  }

  private async flushNow(urgent: boolean): Promise<boolean> {
    const batch = [...this.pending.values()];
    this.pending = new Map();
    let ok = true;
    const chunks = Math.ceil(batch.length / CHUNK);
    const gapMs = chunks > 1 ? (this.intervalMs * 0.75) / chunks : 0;
    const acks: Array<Promise<void>> = [];
    for (let i = 0; i < batch.length; i += CHUNK) {
      if (i > 0 && !urgent && this.waiting === 0) await sleep(gapMs);
      for (const w of batch.slice(i, i + CHUNK)) {
        acks.push(
          this.receipts.delivered(w).catch((err: unknown) => {
            // Not lost: it goes again with the next interval (a later one supersedes it).
            this.log.warn({ err, conversation: w.conversationId }, 'delivery receipt not recorded; retrying');
            this.record(w);
            ok = false;
          }),
        );
      }
    }
    await Promise.all(acks);
    return ok;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
