// The authenticated sessions on this gateway, by user: where presence and typing frames that
// arrive over NATS are delivered.

/** A connection that can take a server-initiated frame (an encoded ServerFrame). */
export interface EphemeralSink {
  pushFrame(frame: Uint8Array): void;
}

export class LocalSessions {
  private readonly byUser = new Map<string, Set<EphemeralSink>>();

  add(userId: string, sink: EphemeralSink): void {
    let set = this.byUser.get(userId);
    if (!set) this.byUser.set(userId, (set = new Set()));
    set.add(sink);
  }

  remove(userId: string, sink: EphemeralSink): void {
    const set = this.byUser.get(userId);
    if (!set) return;
    set.delete(sink);
    if (set.size === 0) this.byUser.delete(userId);
  }

  of(userId: string): ReadonlySet<EphemeralSink> | undefined {
    return this.byUser.get(userId);
  }

  users(): IterableIterator<string> {
    return this.byUser.keys();
  }

  get userCount(): number {
    return this.byUser.size;
  }
}
