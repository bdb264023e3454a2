// Presence on this gateway. Each device is a session in the PresenceStore: connecting and
// every Heartbeat frame move its deadline; a graceful close (the client sent 1000, 1001 or a
// close frame without a code) ends it at once; any other close leaves it to the sweep, so a
// device that drops and reconnects within the timeout takes its session over and its user
// never flickers offline.
// Transitions the store reports are announced on NATS. Each session watches the users it
// shares a conversation with: it gets their current state once, then every change that
// arrives on the gateway's one wildcard subscription. The watch list is read again when the
// projector names a conversation whose membership changed (a new direct conversation, a
// join) for the sessions of its members here, and every PRESENCE_WATCH_REFRESH_S besides
// (which also ends watches of users no longer shared).
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { coMembers, type WatchedUser } from '../presence/co-members.js';
import type { PresenceState, PresenceStore } from '../presence/presence-store.js';
import type { Db } from '../shared/db.js';
import type { MembershipCache } from '../commands/membership.js';
import { pb } from '../shared/events.js';
import type { Logger } from '../shared/log.js';
import type { Names } from '../shared/names.js';
import { CloseCode } from './close-codes.js';
import type { EphemeralSink, LocalSessions } from './local-sessions.js';
import type { PresenceAnnouncer } from './presence-announcer.js';
import { PresenceWatchers, type Watcher } from './presence-watchers.js';

export interface PresenceHubDeps {
  nc: NatsConnection;
  names: Names;
  db: Db;
  store: PresenceStore;
  announcer: PresenceAnnouncer;
  local: LocalSessions;
  /** Member lists, and the projector's notices of changed (and created) conversations. */
  membership: MembershipCache;
  log: Logger;
  heartbeatIntervalMs: number;
  watchMaxMembers: number;
  watchRefreshMs: number;
}

interface Session extends Watcher {
  readonly userId: string;
  readonly deviceId: string;
  readonly watching: Set<string>;
  lastBeatMs: number;
  refreshTimer: NodeJS.Timeout | undefined;
  /** A refresh is running; again: run another when it ends (one at a time per session). */
  refreshing: boolean;
  again: boolean;
  closed: boolean;
}

/**
 * Close codes that end the session at once: the client said goodbye (as opposed to vanishing
 * or being closed), or the device was revoked and will never come back (left to the sweep, its
 * user would look online, and get no pushes, for another PRESENCE_TIMEOUT_MS).
 */
const GOODBYE = new Set([1000, 1001, 1005, CloseCode.deviceRevoked]);

function snapshotFrame(w: WatchedUser, st: PresenceState | undefined): Uint8Array {
  const { online, lastSeenMs, version } = st ?? { online: false, lastSeenMs: 0, version: 0 };
  return pb.ServerFrame.encode({ id: 0, presence: { userId: w.userId, online, lastSeenMs: w.hideLastSeen ? 0 : lastSeenMs, version } }).finish();
}

export class PresenceHub {
  private readonly sessions = new Map<EphemeralSink, Session>();
  private readonly watchers = new PresenceWatchers();
  private readonly inflight = new Set<Promise<void>>();
  private sub: Subscription | undefined;
  private stopped = false;

  constructor(private readonly deps: PresenceHubDeps) {}

  /** Subscribes to presence changes; resolves once the server has the subscription. */
  async start(): Promise<void> {
    this.sub = this.deps.nc.subscribe(this.deps.names.presenceFilter, {
      callback: (err, msg) => {
        if (err) return;
        const p = pb.Presence.decode(msg.data);
        this.watchers.relay(p.userId, p.version, () => pb.ServerFrame.encode({ id: 0, presence: p }).finish());
      },
    });
    // Sent after the batch that changed the membership committed, so the read sees it.
    this.deps.membership.onChange((ids) => {
      if (!this.stopped && this.sessions.size > 0) this.track(this.membershipChanged(ids));
    });
    await this.deps.nc.flush();
  }

  /** The session has started (after Welcome): it is online and watches its co-members. */
  connected(sink: EphemeralSink, device: { userId: string; deviceId: string }): void {
    const { userId, deviceId } = device;
    const s: Session = {
      sink,
      userId,
      deviceId,
      watching: new Set(),
      held: undefined,
      lastBeatMs: Date.now(),
      refreshTimer: undefined,
      refreshing: false,
      again: false,
      closed: false,
    };
    this.sessions.set(sink, s);
    this.deps.local.add(userId, sink);
    this.track(this.beat(s));
    this.refreshNow(s);
  }

  /**
   * The sessions here of the conversations' members read their watch lists again, so a new
   * direct conversation or a join shows presence at once. Conversations larger than
   * PRESENCE_WATCH_MAX_MEMBERS are skipped: nobody watches through them.
   */
  private async membershipChanged(conversationIds: string[]): Promise<void> {
    // The cache's lists (read again, batched: the send path reads them next anyway).
    const lists = await Promise.all(conversationIds.map((id) => this.deps.membership.members(id)));
    for (const members of lists) {
      if (!members || members.size > this.deps.watchMaxMembers) continue;
      for (const userId of members) {
        for (const sink of this.deps.local.of(userId) ?? []) {
          const s = this.sessions.get(sink);
          if (s) this.refreshNow(s);
        }
      }
    }
  }

  /** Reads the session's watch list now (or right after the read under way), then on its timer. */
  private refreshNow(s: Session): void {
    if (s.closed || this.stopped) return;
    if (s.refreshing) {
      s.again = true;
      return;
    }
    clearTimeout(s.refreshTimer);
    this.track(this.refresh(s));
  }

  heartbeat(sink: EphemeralSink): void {
    const s = this.sessions.get(sink);
    if (!s) return; // before the session started: connecting counts as the first heartbeat
    const now = Date.now();
    // A client beating much faster than asked costs a Redis call each time: ignore the excess.
    if (now - s.lastBeatMs < this.deps.heartbeatIntervalMs / 2) return;
    s.lastBeatMs = now;
    this.track(this.beat(s));
  }

  disconnected(sink: EphemeralSink, closeCode: number): void {
    const s = this.sessions.get(sink);
    if (!s) return;
    this.sessions.delete(sink);
    this.deps.local.remove(s.userId, sink);
    s.closed = true;
    clearTimeout(s.refreshTimer);
    for (const u of s.watching) this.watchers.unwatch(s, u);
    // A second socket of the same device here (it reconnected before the old one closed)
    // keeps the device's session.
    const sameDevice = [...(this.deps.local.of(s.userId) ?? [])].some((o) => this.sessions.get(o)?.deviceId === s.deviceId);
    if (GOODBYE.has(closeCode) && !sameDevice) {
      this.track(this.deps.store.end(s.userId, s.deviceId).then((c) => c && this.deps.announcer.announce(c)));
    }
  }

  private async beat(s: Session): Promise<void> {
    const change = await this.deps.store.heartbeat(s.userId, s.deviceId);
    if (change) await this.deps.announcer.announce(change);
  }

  /**
   * Reads the watch list and sends the current state of each newly watched user. The session
   * watches first and holds what arrives meanwhile; after the snapshot, a held change is sent
   * only if it is newer than what the snapshot said. So the client ends on the newest state
   * whichever of the Redis read and a NATS change came first.
   */
  private async refresh(s: Session): Promise<void> {
    s.refreshing = true;
    try {
      const list = await coMembers(this.deps.db, s.userId, this.deps.watchMaxMembers);
      if (s.closed) return;
      const current = new Set(list.map((w) => w.userId));
      for (const u of [...s.watching]) {
        if (current.has(u)) continue;
        s.watching.delete(u);
        this.watchers.unwatch(s, u);
      }
      const added = list.filter((w) => !s.watching.has(w.userId));
      if (added.length === 0) return;
      s.held = [];
      for (const w of added) {
        s.watching.add(w.userId);
        this.watchers.watch(s, w.userId);
      }
      let states: Map<string, PresenceState> | undefined;
      try {
        states = await this.deps.store.read(added.map((w) => w.userId));
      } finally {
        const held = s.held ?? [];
        s.held = undefined;
        if (!s.closed) {
          if (states) for (const w of added) s.sink.pushFrame(snapshotFrame(w, states.get(w.userId)));
          for (const h of held) if (h.version > (states?.get(h.userId)?.version ?? 0)) s.sink.pushFrame(h.frame);
        }
      }
    } finally {
      s.refreshing = false;
      if (s.again) {
        s.again = false;
        this.refreshNow(s);
      } else if (!s.closed && !this.stopped) {
        // Jittered, so sessions that connected together do not refresh together.
        const delay = this.deps.watchRefreshMs * (0.9 + Math.random() * 0.2);
        s.refreshTimer = setTimeout(() => this.refreshNow(s), delay);
        s.refreshTimer.unref();
      }
    }
  }

  /** Runs a presence task in the background; failures are logged, never thrown. */
  private track(p: Promise<void>): void {
    const t = p.catch((err: unknown) => this.deps.log.warn({ err }, 'presence update failed'));
    this.inflight.add(t);
    void t.finally(() => this.inflight.delete(t));
  }

  /** Number of users watched by sessions on this gateway. */
  get watchedCount(): number {
    return this.watchers.watchedCount;
  }

  /** Stops refreshing, waits for presence writes in flight, then unsubscribes. */
  async close(): Promise<void> {
    this.stopped = true;
    for (const s of this.sessions.values()) clearTimeout(s.refreshTimer);
    await Promise.all([...this.inflight]);
    this.sub?.unsubscribe();
  }
}
