// Waits until the conversations read model holds everything the CONV stream held when asked.
//
// A device that starts following a large group subscribes to the group's announcements, then
// reads the messages table; the membership read after a feed catch-up decides the follows.
// Both read the read model behind this barrier: it answers once the projection has committed
// the stream's end as it was after the subscription. It was made when the projector announced
// a group's messages before its commit (a follow could then miss a message announced just
// before it subscribed and committed just after its read); the projector now announces after
// the commit, which closes that window by itself, so the barrier is a margin.
//
// The wait is bounded: a projector that is down announces nothing, and one far behind
// announces only what it commits next, so past the bound the read goes ahead with what is
// there.
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
