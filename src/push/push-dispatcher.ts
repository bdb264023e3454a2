// Turns notifications into provider requests: one delivery slot per (user, conversation,
// device) that collapses newer notifications into older ones, a bounded number of slots,
// a bounded number of requests in flight, retries on a backoff schedule. The decisions are
// the pure transitions of delivery-slot.ts; this class owns timers, providers and callbacks.
import { systemClock, type Clock, type Timer } from './clock.js';
import type { RetryPolicy } from './backoff.js';
import { slotKey, withCount, type Collapsed } from './collapse.js';
import { arrive, begin, settle, wake, type Finished, type Slot } from './delivery-slot.js';
import type { PushNotification } from './push-notification.js';
import type { PushProvider, PushResult, PushTarget, PushTargetKind } from './push-provider.js';
import type { Logger } from '../shared/log.js';

/** What became of a notification for one device. `count`: how many notifications it stood for. */
export interface PushOutcome {
  readonly status: Finished['status'] | 'dropped' | 'cancelled' | 'no_provider';
  readonly userId: string;
  readonly target: PushTarget;
  readonly notification: PushNotification;
  readonly count: number;
  readonly attempts: number;
  readonly reason?: string;
}

export interface PushDispatcherOptions {
  providers: Iterable<PushProvider>;
  /** The user's registered devices. Looked up once per dispatched notification. */
  targets: (userId: string) => Promise<readonly PushTarget[]>;
  retry: RetryPolicy;
  /** Most delivery slots held at once; a notification that needs one more is dropped. */
  maxQueued?: number;
  /** Most provider requests in flight at once. */
  concurrency?: number;
  /** A provider said this token is dead: the owner should forget it. Errors are logged. */
  onInvalidToken?: (userId: string, target: PushTarget) => void | Promise<void>;
  /** Every end of a delivery (metrics, tests). Must not throw. */
  onOutcome?: (outcome: PushOutcome) => void;
  clock?: Clock;
  random?: () => number;
  log?: Logger;
}

export interface DispatchReport {
  /** Devices that got a new slot. */
  readonly queued: number;
  /** Devices whose slot already held a notification of this conversation. */
  readonly collapsed: number;
  /** Devices refused because the dispatcher holds maxQueued slots. */
  readonly dropped: number;
  /** Devices of a kind no configured provider serves. */
  readonly unsupported: number;
  /** The dispatcher was closing: nothing was queued. */
  readonly closed: boolean;
}

export interface CloseOptions {
  /** Keep delivering (retries included) for up to this long before cancelling the rest. */
  drainMs?: number;
}

interface Entry {
  readonly key: string;
  readonly userId: string;
  readonly target: PushTarget;
  readonly provider: PushProvider;
  slot: Slot;
  timer?: Timer;
  abort?: AbortController;
}

export class PushDispatcher {
  private readonly providers = new Map<PushTargetKind, PushProvider>();
  private readonly entries = new Map<string, Entry>();
  /** Keys of queued slots, oldest first (a Set keeps insertion order). */
  private readonly ready = new Set<string>();
  private readonly lookups = new Set<Promise<unknown>>();
  private readonly idleWaiters: Array<() => void> = [];
  private readonly clock: Clock;
  private readonly random: () => number;
  private readonly maxQueued: number;
  private readonly concurrency: number;
  private active = 0;
  private seq = 0;
  private closing = false;
  private cancelling = false;
  private closed: Promise<void> | undefined;

  constructor(private readonly options: PushDispatcherOptions) {
    for (const p of options.providers) this.providers.set(p.kind, p);
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
    this.maxQueued = options.maxQueued ?? 10_000;
    this.concurrency = options.concurrency ?? 32;
  }

  /** Slots held (queued, sending or waiting for a retry). */
  get size(): number {
    return this.entries.size;
  }

  /** Queues the notification for every device of its user. Rejects only if the look-up fails. */
  async dispatch(notification: PushNotification): Promise<DispatchReport> {
    const report = { queued: 0, collapsed: 0, dropped: 0, unsupported: 0, closed: false };
    if (this.closing) return { ...report, closed: true };
    // Numbered now, so a slow look-up cannot make an older notification win over a newer one.
    const incoming: Collapsed = { notification, count: 1, seq: ++this.seq };
    const lookup = this.options.targets(notification.userId);
    this.lookups.add(lookup);
    let targets: readonly PushTarget[];
    try {
      targets = await lookup;
    } finally {
      this.lookups.delete(lookup);
    }
    if (this.closing) return { ...report, closed: true };
    for (const target of targets) {
      const provider = this.providers.get(target.kind);
      if (!provider) {
        report.unsupported++;
        this.report({ status: 'no_provider', userId: notification.userId, target, notification, count: 1, attempts: 0 });
        continue;
      }
      const key = slotKey(notification.userId, notification.conversationId, target);
      const entry = this.entries.get(key);
      if (entry) {
        entry.slot = arrive(entry.slot, incoming);
        report.collapsed++;
      } else if (this.entries.size >= this.maxQueued) {
        report.dropped++;
        const { userId } = notification;
        this.report({ status: 'dropped', userId, target, notification, count: 1, attempts: 0, reason: 'queue full' });
      } else {
        this.entries.set(key, { key, userId: notification.userId, target, provider, slot: arrive(undefined, incoming) });
        this.ready.add(key);
        report.queued++;
      }
    }
    this.pump();
    return report;
  }

  /** Resolves when nothing is queued, in flight or waiting for a retry. */
  idle(): Promise<void> {
    if (this.entries.size === 0 && this.active === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Stops taking notifications. With drainMs, keeps delivering until idle or until drainMs has
   * passed; then cancels what is left: timers stop, queued slots go, requests in flight are
   * aborted and awaited. Every slot ends with an outcome. Idempotent.
   */
  close(options: CloseOptions = {}): Promise<void> {
    this.closed ??= this.shutdown(options.drainMs ?? 0);
    return this.closed;
  }

  private async shutdown(drainMs: number): Promise<void> {
    this.closing = true;
    await Promise.allSettled([...this.lookups]);
    if (drainMs > 0 && this.entries.size > 0) {
      let deadline: Timer | undefined;
      await Promise.race([this.idle(), new Promise<void>((resolve) => (deadline = this.clock.after(drainMs, resolve)))]);
      deadline?.cancel();
    }
    this.cancelling = true;
    this.ready.clear();
    for (const entry of [...this.entries.values()]) {
      if (entry.slot.phase === 'sending') {
        entry.abort?.abort();
        continue; // its run() reports it once the provider returns
      }
      entry.timer?.cancel();
      this.drop(entry, 'cancelled', 'dispatcher closed');
    }
    await this.idle();
  }

  private pump(): void {
    while (this.active < this.concurrency && !this.cancelling) {
      const key = this.ready.values().next().value;
      if (key === undefined) break;
      this.ready.delete(key);
      const entry = this.entries.get(key);
      if (entry?.slot.phase !== 'queued') continue;
      entry.slot = begin(entry.slot);
      this.active++;
      void this.run(entry);
    }
    this.checkIdle();
  }

  private async run(entry: Entry): Promise<void> {
    const sending = entry.slot;
    if (sending.phase !== 'sending') throw new Error('run() on a slot that is not sending');
    const abort = new AbortController();
    entry.abort = abort;
    let result: PushResult;
    try {
      result = await entry.provider.send(entry.target, withCount(sending.current), abort.signal);
    } catch (err) {
      // Providers return failures rather than throw; a throw is a bug, but not a lost slot.
      result = { status: 'retryable', reason: `provider threw: ${err instanceof Error ? err.message : String(err)}` };
    }
    entry.abort = undefined;
    this.active--;
    // The slot was read again: arrivals during the send changed `next`.
    const now = entry.slot;
    if (now.phase !== 'sending') throw new Error('slot left the sending phase during a send');
    const { slot, finished } = settle(now, result, this.options.retry, this.random);
    if (finished) this.finish(entry, finished);
    if (slot === undefined) {
      this.entries.delete(entry.key);
    } else if (this.cancelling) {
      entry.slot = slot;
      this.drop(entry, 'cancelled', 'dispatcher closed');
    } else if (slot.phase === 'queued') {
      entry.slot = slot;
      this.ready.add(entry.key);
    } else {
      entry.slot = slot;
      entry.timer = this.clock.after(slot.delayMs, () => this.wake(entry));
    }
    this.pump();
  }

  private wake(entry: Entry): void {
    entry.timer = undefined;
    if (entry.slot.phase !== 'waiting' || this.entries.get(entry.key) !== entry) return;
    entry.slot = wake(entry.slot);
    this.ready.add(entry.key);
    this.pump();
  }

  private finish(entry: Entry, f: Finished): void {
    const { notification, count } = f.collapsed;
    this.report({
      status: f.status,
      userId: entry.userId,
      target: entry.target,
      notification,
      count,
      attempts: f.attempts,
      ...(f.reason === undefined ? {} : { reason: f.reason }),
    });
    if (f.status === 'invalid_token' && this.options.onInvalidToken) {
      Promise.resolve()
        .then(() => this.options.onInvalidToken?.(entry.userId, entry.target))
        .catch((err: unknown) => {
          this.options.log?.warn({ err, kind: entry.target.kind }, 'push: dropping an invalid token failed');
        });
    }
  }

  /** Ends a slot that is not sending, reporting what it held. */
  private drop(entry: Entry, status: 'cancelled', reason: string): void {
    this.entries.delete(entry.key);
    const held: Collapsed[] = [entry.slot.current];
    if (entry.slot.phase === 'sending' && entry.slot.next) held.push(entry.slot.next);
    for (const c of held) {
      const { userId, target } = entry;
      this.report({ status, userId, target, notification: c.notification, count: c.count, attempts: entry.slot.attempt, reason });
    }
    this.checkIdle();
  }

  private report(outcome: PushOutcome): void {
    const log = this.options.log;
    if (log?.isLevelEnabled('debug')) {
      const { status, count, attempts, reason } = outcome;
      log.debug({ status, kind: outcome.target.kind, count, attempts, reason }, 'push outcome');
    }
    this.options.onOutcome?.(outcome);
  }

  private checkIdle(): void {
    if (this.entries.size > 0 || this.active > 0) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
