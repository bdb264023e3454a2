// Awaiting presence and typing events of SDK clients.
import type { ParleyClient, PresenceUpdate, TypingUpdate } from '../../src/sdk/client.js';

/** Everything one kind of event brought, in order, and a way to wait for the next match. */
export class Recorder<T> {
  /** Every event, in arrival order, with the local time it arrived. */
  readonly all: Array<T & { at: number }> = [];
  private taken = new Set<number>();

  push(value: T): void {
    this.all.push({ ...value, at: Date.now() });
  }

  /** The first event not yet returned by next() that matches, waiting for it if need be. */
  async next(pred: (v: T) => boolean, timeoutMs = 10_000, what = 'event'): Promise<T & { at: number }> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const i = this.all.findIndex((v, idx) => !this.taken.has(idx) && pred(v));
      if (i >= 0) {
        this.taken.add(i);
        return this.all[i]!;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; got ${JSON.stringify(this.all)}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}

export function presenceOf(c: ParleyClient): Recorder<PresenceUpdate> {
  const r = new Recorder<PresenceUpdate>();
  c.on('presence', (p) => r.push(p));
  return r;
}

export function typingOf(c: ParleyClient): Recorder<TypingUpdate> {
  const r = new Recorder<TypingUpdate>();
  c.on('typing', (t) => r.push(t));
  return r;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
