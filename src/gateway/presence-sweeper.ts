// Every gateway sweeps the shared deadline set every PRESENCE_SWEEP_INTERVAL_MS and announces
// the users whose last session it removed. The sweep is atomic in Redis, so when several
// gateways sweep at once each user is announced by exactly one; and a user whose gateway
// died is still announced, by any gateway left.
import type { Logger } from '../shared/log.js';
import type { PresenceStore } from '../presence/presence-store.js';
import type { PresenceAnnouncer } from './presence-announcer.js';

const BATCH = 1000;

export class PresenceSweeper {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly store: PresenceStore,
    private readonly announcer: PresenceAnnouncer,
    private readonly intervalMs: number,
    private readonly log: Logger,
  ) {}

  start(): void {
    this.schedule();
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.sweep().finally(() => {
        this.running = undefined;
        this.schedule();
      });
    }, this.intervalMs);
    this.timer.unref();
  }

  private async sweep(): Promise<void> {
    try {
      for (;;) {
        const { removed, offline } = await this.store.sweep(BATCH);
        await Promise.all(offline.map((c) => this.announcer.announce(c)));
        if (removed < BATCH || this.stopped) return;
      }
    } catch (err) {
      this.log.warn({ err }, 'presence sweep failed');
    }
  }

  async close(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}
