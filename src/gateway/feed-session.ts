// One authenticated device's feed on its socket: the session start (Welcome, the catch-up
// from its cursor, its large groups, CaughtUp) and then live delivery. Catch-up and live
// delivery meet without a gap or a duplicate: the live subscription starts (and buffers)
// before the replay is read, and every entry carries its cursor, so whatever the replay
// already sent is skipped when the buffer drains.
import { deliverFrameView, feedEntryHead, pb, type FeedEntryHead } from '../shared/events.js';
import type { Db } from '../shared/db.js';
import { largeGroupsOf } from '../projections/conversations/queries.js';
import type { Logger } from '../shared/log.js';
import type { GatewayMetrics } from './metrics.js';
import { CloseCode } from './close-codes.js';
import type { CursorStore } from './cursor-store.js';
import type { DeliveryReporter } from './delivery-reporter.js';
import { DeviceDeliveries } from './device-deliveries.js';
import type { EntryHub, EntrySink } from './entry-hub.js';
import type { FeedEntryRef, FeedReader, ReplayTarget } from './feed-reader.js';
import { GroupFollowing, type GroupOutput, type ReadModelSettled } from './group-following.js';
import type { EphemeralSink } from './local-sessions.js';
import type { PresenceHub } from './presence-hub.js';
import type { Principal } from './tokens.js';
import type { parley } from '../gen/proto.js';

export interface FeedSessionDeps {
  /** Live feed entries by user id. */
  hub: EntryHub;
  reader: FeedReader;
  cursors: CursorStore;
  deliveries: DeliveryReporter;
  /** Live messages of large groups by conversation id. */
  groupHub: EntryHub;
  readModel: ReadModelSettled;
  db: Db;
  catchUpBatch: number;
  presence: PresenceHub;
  heartbeatIntervalMs: number;
  metrics?: GatewayMetrics;
}

/** The socket a session writes to (its Connection). */
export interface SessionSocket extends EphemeralSink {
  readonly closed: boolean;
  send(id: number, body: Omit<parley.v1.IServerFrame, 'id'>): void;
  /** Sends (copies) bytes before it returns: they may be a view into a shared buffer (proto-scratch.ts). */
  sendRaw(bytes: Uint8Array): void;
  /** Runs write with the socket's sends corked. */
  cork(write: () => void): void;
  /** Resolves when the socket can take more. */
  ready(): Promise<void>;
  close(code: number, reason: string): void;
}

const MAX_PENDING_LIVE = 50_000;

export class FeedSession implements EntrySink, ReplayTarget, GroupOutput {
  private lastSent = 0;
  /** CaughtUp was sent: live entries go out as they come. */
  private caughtUp = false;
  private pendingLive: Array<[FeedEntryHead, Uint8Array]> = [];
  private readonly deliveries: DeviceDeliveries;
  private readonly groups: GroupFollowing;
  /** Group follows being started before CaughtUp; it waits for them. */
  private startingGroups: Array<Promise<void>> = [];
  /** The device's positions in large groups when it connected (sent, else stored). */
  private groupPositions: Record<string, number> = {};
  /** The device's position is held in the cursor store (released on close). */
  private positionsHeld = false;

  constructor(
    private readonly socket: SessionSocket,
    private readonly deps: FeedSessionDeps,
    private readonly principal: Principal,
    private readonly log: Logger,
  ) {
    this.deliveries = new DeviceDeliveries(deps.deliveries, principal);
    this.groups = new GroupFollowing(deps.groupHub, deps.db, deps.readModel, deps.catchUpBatch, principal.deviceId, this);
  }

  get closed(): boolean {
    return this.socket.closed;
  }

  /** Caught up and the socket still open. */
  private get live(): boolean {
    return this.caughtUp && !this.closed;
  }

  async start(requested: number | undefined, groupPositions: Record<string, number>): Promise<void> {
    const { principal } = this;
    const { hub, reader, cursors } = this.deps;
    try {
      // The session listens for live entries before it reads the feed's end, so no entry
      // falls in between (an entry both read and received live is skipped by its cursor).
      this.positionsHeld = true;
      const acquiring = cursors.acquire(principal.deviceId);
      const retaining = requested !== undefined && requested > 0 ? reader.firstRetained() : undefined;
      acquiring.catch(() => undefined);
      retaining?.catch(() => undefined);
      hub.attach(principal.userId, this);
      const [last, stored] = await Promise.all([reader.lastCursor(principal.userId), acquiring]);
      // No cursor asked for: the device's stored one; a new device starts at the end. A
      // stored 0 is a position too (the device was first seen when the feed was empty).
      const start = requested ?? stored?.cursor ?? last;
      const newDevice = requested === undefined && stored === undefined;
      if (this.closed) return;
      this.socket.send(0, {
        welcome: {
          userId: principal.userId,
          deviceId: principal.deviceId,
          cursor: start,
          serverTimeMs: Date.now(),
          heartbeatIntervalMs: this.deps.heartbeatIntervalMs,
        },
      });
      this.deps.presence.connected(this.socket, principal);
      this.lastSent = start;
      let replay = false;
      if (start > last) {
        // A cursor this user's feed never had (another deployment's, or made up): the
        // device's state is unknown, so it rebuilds from history and continues from here.
        this.lastSent = last;
        this.socket.send(0, { resync: { cursor: last } });
      } else if (last > start && start > 0 && start + 1 < (await (retaining ?? reader.firstRetained()))) {
        this.lastSent = last;
        this.socket.send(0, { resync: { cursor: last } });
      } else {
        replay = true;
      }
      // The device says it has everything up to start, the server stored less: Acks made on a
      // gateway that died before it recorded their deliveries (a position is stored only once
      // the deliveries it covers are). The entries in between are read again, not sent: the
      // messages from others among them were delivered.
      const owed = replay && requested !== undefined && stored !== undefined && stored.cursor < start ? stored.cursor : undefined;
      // Otherwise the device's position is stored now, not only at its first Ack: a device
      // that left before acknowledging anything would come back "new" and start at the
      // feed's new end, skipping what arrived in between.
      if (owed === undefined) cursors.record(principal.deviceId, this.lastSent);
      // A new device's first position is written at once: until it is stored, the Acks it
      // makes could not be told apart from Acks still owed their deliveries.
      if (newDevice) void cursors.writeNow(principal.deviceId);
      if (replay && (last > start || owed !== undefined)) {
        if (owed !== undefined) this.deliveries.startOwing();
        const reached = await reader.replay(principal.userId, owed ?? start, last, this);
        if (this.closed) return;
        if (reached < last) {
          this.socket.close(CloseCode.catchUpIncomplete, 'catch-up incomplete, reconnect');
          return;
        }
      }
      if (this.deliveries.owing) {
        this.deliveries.recordOwed();
        cursors.record(principal.deviceId, start);
      }
      if (this.closed) return;
      this.groupPositions = { ...stored?.groups, ...groupPositions };
      if (stored !== undefined) this.deliveries.recoverGroups(groupPositions, stored.groups);
      await this.followLargeGroups(principal.userId, principal.deviceId, newDevice);
      if (this.closed) return;
      this.socket.send(0, { caughtUp: { cursor: this.lastSent } });
      this.caughtUp = true;
      const pending = this.pendingLive;
      this.pendingLive = [];
      this.socket.cork(() => {
        for (const [head, entry] of pending) this.deliverEntry(head, entry);
      });
    } catch (err) {
      this.log.error({ err }, 'session start failed');
      this.socket.close(CloseCode.internal, 'session start failed, reconnect');
    }
  }

  /**
   * Follows the user's large groups, each from the device's position in it: the one the
   * client sent, else the stored one, else the join (a device that existed then) or the
   * group's end (a new device, like its feed). Never before the join, nor before the group
   * became large (what came before is in the feed). The membership is read once the read
   * model has caught up with the log, so it is at least as new as the feed just replayed
   * (whose membership entries started no follows: see trackGroups).
   */
  private async followLargeGroups(userId: string, deviceId: string, newDevice: boolean): Promise<void> {
    const groups = this.groups;
    await this.deps.readModel.settled();
    for (const g of await largeGroupsOf(this.deps.db, userId)) {
      if (groups.following(g.conversation_id)) continue;
      const known = this.groupPositions[g.conversation_id];
      const from = Math.max(known ?? (newDevice ? g.last_seq : g.joined_seq), g.joined_seq, g.large_since_seq);
      // Like the feed cursor: the device's position is where it starts, acknowledged or not.
      this.deps.cursors.recordGroup(deviceId, g.conversation_id, from);
      this.startingGroups.push(groups.follow(g.conversation_id, from));
    }
    const starting = this.startingGroups;
    this.startingGroups = [];
    await Promise.all(starting);
  }

  /**
   * Membership entries of a large group say so. Once live, one starts following the group
   * (the user joined, or the group grew past its copy limit) or ends it (the user left or was
   * removed). During the catch-up they are left to followLargeGroups: an entry there may be
   * old, or about another member of a group this device has long followed, and following
   * from it would skip or repeat messages; the read model knows the device's real start.
   */
  private trackGroups(head: FeedEntryHead, entry: Uint8Array): void {
    if (!head.largeGroup || !this.live) return;
    const groups = this.groups;
    const following = groups.following(head.conversationId);
    const event = pb.Deliver.decode(entry).event;
    const userId = this.principal.userId;
    if (event?.body === 'memberRemoved' && event.memberRemoved?.userId === userId) {
      return groups.unfollow(head.conversationId);
    }
    if (following) return;
    // The user's own join (or the group's creation) starts at the entry. Any other entry
    // means the group just became large, so the device has no position there yet; if it has
    // one after all, the read model was ahead of this entry and the device's own is right.
    const joined = event?.body === 'conversationCreated' || (event?.body === 'membersAdded' && (event.membersAdded?.userIds ?? []).includes(userId));
    const from = joined ? head.seq : (this.groupPositions[head.conversationId] ?? head.seq);
    this.deps.cursors.recordGroup(this.principal.deviceId, head.conversationId, from);
    groups.follow(head.conversationId, from).catch((err: unknown) => {
      this.log.error({ err }, 'following a large group failed');
      this.socket.close(CloseCode.internal, 'session failed, reconnect');
    });
  }

  sendGroupEntry(head: FeedEntryHead, entry: Uint8Array): void {
    this.socket.cork(() => this.socket.sendRaw(deliverFrameView(entry)));
    // Live deliveries only: a catch-up's old messages would measure the device's absence.
    if (this.live && head.senderId !== '' && head.senderId !== this.principal.userId) this.deps.metrics?.delivered(entry);
  }

  // --- FeedSink and ReplayTarget ---

  onEntry(head: FeedEntryHead, entry: Uint8Array): void {
    if (this.closed) return;
    if (this.caughtUp) {
      if (this.advance(head, entry)) this.socket.cork(() => this.sendEntry(head, entry));
    } else {
      this.pendingLive.push([head, entry]);
      // Live traffic outpacing a slow catch-up must not grow without bound: the device
      // reconnects and resumes from what it has.
      if (this.pendingLive.length > MAX_PENDING_LIVE) this.socket.close(CloseCode.catchUpIncomplete, 'catch-up too slow, reconnect');
    }
  }

  /**
   * Moves the device's position past an entry; true if the entry is to be sent. Entries at
   * or below the position were sent already; the device's own sends are passed over (it has
   * their Sent).
   */
  private advance(head: FeedEntryHead, entry: Uint8Array): boolean {
    if (head.cursor <= this.lastSent || this.closed) return false;
    this.lastSent = head.cursor;
    this.trackGroups(head, entry);
    return head.origin !== this.principal.deviceId;
  }

  private deliverEntry(head: FeedEntryHead, entry: Uint8Array): void {
    if (this.advance(head, entry)) this.sendEntry(head, entry);
  }

  private sendEntry(head: FeedEntryHead, entry: Uint8Array): void {
    this.socket.sendRaw(deliverFrameView(entry));
    if (head.senderId === '' || head.senderId === this.principal.userId) return;
    // Live deliveries only: a catch-up's old messages would measure the device's absence.
    if (this.live) this.deps.metrics?.delivered(entry);
    // A message from someone else: its Ack will be a delivery receipt.
    this.deliveries.sent(head);
  }

  deliver(entries: ReadonlyArray<FeedEntryRef>, withheld?: ReadonlySet<number>): void {
    if (this.closed) return;
    this.socket.cork(() => {
      for (const m of entries) {
        const head = feedEntryHead(m.data);
        if (this.deliveries.owing && head.cursor <= this.lastSent) this.deliveries.owe(head);
        else if (withheld?.has(m.seq)) this.advance(head, m.data); // deleted content: passed over
        else this.deliverEntry(head, m.data);
      }
    });
  }

  ready(): Promise<void> {
    return this.socket.ready();
  }

  // --- Acks ---

  /** An Ack of the feed up to cursor; false if the device was not sent that far. */
  acknowledge(cursor: number): boolean {
    if (!(cursor > 0) || cursor > this.lastSent) return false;
    this.deps.cursors.record(this.principal.deviceId, cursor);
    this.deliveries.acknowledged(cursor);
    return true;
  }

  /** An Ack in a large group up to seq; false if the device does not follow it or was not sent that far. */
  acknowledgeInGroup(conversationId: string, seq: number): boolean {
    const position = this.groups.position(conversationId);
    if (position === undefined || !(seq > 0) || seq > position) return false;
    this.deps.cursors.recordGroup(this.principal.deviceId, conversationId, seq);
    this.deliveries.acknowledgedInGroup(conversationId, seq);
    return true;
  }

  /** Called from the Connection's onClose: the socket is gone. */
  onClose(): void {
    if (this.positionsHeld) void this.deps.cursors.release(this.principal.deviceId);
    this.groups.close();
    this.deps.hub.detach(this.principal.userId, this);
  }
}
