// Which local sessions watch which users, and the newest version of each user's presence
// this gateway has relayed. Changes of one user can come from different publishers (the
// gateway that saw a heartbeat, another one's sweep), so one overtaken by a newer one is
// dropped instead of flipping watchers back.
import type { EphemeralSink } from './local-sessions.js';

export interface HeldChange {
  userId: string;
  version: number;
  frame: Uint8Array;
}

export interface Watcher {
  readonly sink: EphemeralSink;
  /** Set while the watcher's snapshot is being read: changes wait here instead of going out. */
  held: HeldChange[] | undefined;
}

export class PresenceWatchers {
  private readonly byUser = new Map<string, { version: number; watchers: Set<Watcher> }>();

  watch(w: Watcher, userId: string): void {
    let entry = this.byUser.get(userId);
    if (!entry) this.byUser.set(userId, (entry = { version: 0, watchers: new Set() }));
    entry.watchers.add(w);
  }

  unwatch(w: Watcher, userId: string): void {
    const entry = this.byUser.get(userId);
    if (!entry) return;
    entry.watchers.delete(w);
    if (entry.watchers.size === 0) this.byUser.delete(userId);
  }

  /** Sends a change to the user's watchers unless nobody watches or a newer one went out. */
  relay(userId: string, version: number, frame: () => Uint8Array): void {
    const entry = this.byUser.get(userId);
    if (!entry || version <= entry.version) return;
    entry.version = version;
    const bytes = frame();
    for (const w of entry.watchers) {
      if (w.held) w.held.push({ userId, version, frame: bytes });
      else w.sink.pushFrame(bytes);
    }
  }

  get watchedCount(): number {
    return this.byUser.size;
  }
}
