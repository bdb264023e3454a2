// Waits until the conversations read model holds everything the CONV stream held when asked.
//
// The conversation projector announces a large group's messages on core NATS (and writes
// feed entries) before its Postgres transaction commits: that order is what makes a crash
// between the two harmless (the batch is applied and announced again). It leaves a window,
// though: a device that starts following a group just after an announcement, and reads the
// messages table just before the commit, sees the message in neither. Reading the read model
// only after this barrier closes the window: every message announced before the follower
// subscribed is in the stream by then, so it is committed once the projection reaches the
// stream's end as it was after the subscription. The same barrier makes the membership read
// after a feed catch-up at least as new as the feed entries just replayed.
//
// The wait is bounded: a projector that is down announces nothing (and announces a crashed
// batch again when it is back), and one far behind announces only what it commits next, so
// past the bound the read goes ahead with what is there.
import type { JetStreamManager } from '@nats-io/jetstream';
import type { ProgressWatcher } from '../projections/progress.js';
import type { Logger } from '../shared/log.js';
import type { Names } from '../shared/names.js';

export class ReadModelBarrier {
  /** Callers of this tick, answered by one stream lookup made after all of them. */
  private waiting: Array<{ resolve: () => void }> | undefined;

  constructor(
    private readonly jsm: JetStreamManager,
    private readonly names: Names,
    private readonly progress: ProgressWatcher,
    private readonly log: Logger,
    private readonly timeoutMs = 5000,
  ) {}

  /** Resolves once the read model has every conversation event stored before this call. */
  settled(): Promise<void> {
    return new Promise((resolve) => {
      if (this.waiting) return void this.waiting.push({ resolve });
      this.waiting = [{ resolve }];
      setImmediate(() => {
        const batch = this.waiting!;
        this.waiting = undefined;
        void this.wait().then(() => {
          for (const w of batch) w.resolve();
        });
      });
    });
  }

  private async wait(): Promise<void> {
    try {
      const info = await this.jsm.streams.info(this.names.convStream);
      await this.progress.waitFor('conversations', info.state.last_seq, this.timeoutMs);
    } catch (err) {
      this.log.warn({ err }, 'the conversations read model is behind; reading it as it is');
    }
  }
}
