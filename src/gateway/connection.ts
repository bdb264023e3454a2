// One device's WebSocket session: authentication, catch-up from its cursor, live delivery,
// and the frames it sends. Catch-up and live delivery meet without a gap or a duplicate:
// the live subscription starts (and buffers) before the replay is read, and every entry
// carries its cursor, so whatever the replay already sent is skipped when the buffer drains.
import type { WebSocket } from 'uWebSockets.js';
import type { MessageSender } from '../commands/send-message.js';
import type { MessageActions } from '../commands/message-actions.js';
import { isLifecycleFrame, runLifecycleFrame } from './lifecycle-frames.js';
import type { ReceiptRecorder } from '../commands/receipts.js';
import { deliverFrame, feedEntryHead, pb, type FeedEntryHead } from '../shared/events.js';
import type { Db } from '../shared/db.js';
import { largeGroupsOf } from '../projections/conversations/queries.js';
import { ParleyError, SERVER_SIDE, toParleyError } from '../shared/errors.js';
import type { Logger } from '../shared/log.js';
import type { GatewayMetrics } from './metrics.js';
import type { Authenticator } from './authenticator.js';
import { CloseCode } from './close-codes.js';
import type { CursorStore } from './cursor-store.js';
import type { DeliveryReporter } from './delivery-reporter.js';
import type { DeviceRevocations } from './device-revocations.js';
import type { EntryHub, EntrySink } from './entry-hub.js';
import type { FeedEntryRef, FeedReader } from './feed-reader.js';
import { GroupFollowing, type ReadModelSettled } from './group-following.js';
import type { EphemeralSink } from './local-sessions.js';
import type { PresenceHub } from './presence-hub.js';
import type { ConnectionLimiter, LimitedKind, RateLimits } from './rate-limits.js';
import type { TypingRelay } from './typing-relay.js';
import type { Principal } from './tokens.js';
import type { parley } from '../gen/proto.js';

export interface ConnectionDeps {
  auth: Authenticator;
  sender: MessageSender;
  /** Edit, delete, react. */
  actions: MessageActions;
  /** Live feed entries by user id. */
  hub: EntryHub;
  reader: FeedReader;
  cursors: CursorStore;
  receipts: ReceiptRecorder;
  deliveries: DeliveryReporter;
  /** Live messages of large groups by conversation id. */
  groupHub: EntryHub;
  readModel: ReadModelSettled;
  db: Db;
  catchUpBatch: number;
  presence: PresenceHub;
  typing: TypingRelay;
  revocations: DeviceRevocations;
  log: Logger;
  heartbeatIntervalMs: number;
  maxFrameBytes: number;
  maxBackpressureBytes: number;
  limits: RateLimits;
  metrics?: GatewayMetrics;
}

export interface SocketData {
  principal?: Principal;
  cursor?: number;
  conn?: Connection;
}

const AUTH_TIMEOUT_MS = 10_000;
const MAX_ERRORS = 100;
/** Catch-up waits for the socket to drain below this before sending more. */
const CATCH_UP_HIGH_WATER = 1 << 20;

type State = 'auth' | 'authenticating' | 'catching-up' | 'live' | 'closed';
const MAX_EARLY_FRAMES = 1000;
const MAX_PENDING_LIVE = 50_000;
/** Delivered-but-unacknowledged messages remembered for delivery receipts; beyond it, forgotten (receipts come late, never wrong). */
const MAX_UNACKED = 10_000;

export class Connection implements EntrySink, EphemeralSink {
  private state: State = 'auth';
  private principal: Principal | undefined;
  private lastSent = 0;
  private pendingLive: Array<[FeedEntryHead, Uint8Array]> = [];
  /** Per conversation, [cursor, conversation seq] of messages from others sent and not yet acknowledged. */
  private unacked = new Map<string, Array<[number, number]>>();
  private unackedCount = 0;
  private drainWaiters: Array<() => void> = [];
  private errors = 0;
  private authTimer: NodeJS.Timeout | undefined;
  private sendChain: Promise<unknown> = Promise.resolve();
  private early: parley.v1.ClientFrame[] = [];
  private groups: GroupFollowing | undefined;
  /** Group follows being started before CaughtUp; it waits for them. */
  private startingGroups: Array<Promise<void>> = [];
  /** The device's positions in large groups when it connected (sent, else stored). */
  private groupPositions: Record<string, number> = {};
  /** The device's position is held in the cursor store (released on close). */
  private positionsHeld = false;
  /** While re-reading entries the device had: per conversation, the deliveries owed. */
  private owed: Map<string, number> | undefined;
  /** Rate limits and the user's connection slot, once authenticated. */
  private limiter: ConnectionLimiter | undefined;
  private readonly log: Logger;

  constructor(
    private readonly ws: WebSocket<SocketData>,
    private readonly deps: ConnectionDeps,
    private readonly connId: number,
  ) {
    this.log = deps.log.child({ conn: connId });
  }

  get closed(): boolean {
    return this.state === 'closed';
  }

  /** The authenticated device, once known. */
  get deviceId(): string | undefined {
    return this.principal?.deviceId;
  }

  open(principal: Principal | undefined, cursor: number | undefined): void {
    if (principal) {
      void this.start(principal, cursor, {});
    } else {
      this.authTimer = setTimeout(() => this.close(CloseCode.unauthenticated, 'no Auth frame'), AUTH_TIMEOUT_MS);
    }
  }

  private async start(principal: Principal, requested: number | undefined, groupPositions: Record<string, number>): Promise<void> {
    clearTimeout(this.authTimer);
    this.principal = principal;
    this.state = 'catching-up';
    if (this.deps.revocations.isRevoked(principal.deviceId)) {
      // Authenticated just before the revocation committed; its announcement came first.
      this.close(CloseCode.deviceRevoked, 'device revoked');
      return;
    }
    this.limiter = this.deps.limits.connect(principal.userId);
    if (!this.limiter) {
      this.close(CloseCode.tooManyConnections, 'too many connections for this user');
      return;
    }
    const { hub, reader, cursors } = this.deps;
    this.groups = new GroupFollowing(this.deps.groupHub, this.deps.db, this.deps.readModel, this.deps.catchUpBatch, principal.deviceId, this);
    try {
      await hub.attach(principal.userId, this);
      if (this.closed) return;
      const last = await reader.lastCursor(principal.userId);
      this.positionsHeld = true;
      const stored = await cursors.acquire(principal.deviceId);
      // No cursor asked for: the device's stored one; a new device starts at the end. A
      // stored 0 is a position too (the device was first seen when the feed was empty).
      const start = requested ?? stored?.cursor ?? last;
      const newDevice = requested === undefined && stored === undefined;
      if (this.closed) return;
      this.send(0, {
        welcome: {
          userId: principal.userId,
          deviceId: principal.deviceId,
          cursor: start,
          serverTimeMs: Date.now(),
          heartbeatIntervalMs: this.deps.heartbeatIntervalMs,
        },
      });
      this.deps.presence.connected(this, principal);
      this.lastSent = start;
      let replay = false;
      if (start > last) {
        // A cursor this user's feed never had (another deployment's, or made up): the
        // device's state is unknown, so it rebuilds from history and continues from here.
        this.lastSent = last;
        this.send(0, { resync: { cursor: last } });
      } else if (last > start && start > 0 && start + 1 < (await reader.firstRetained())) {
        this.lastSent = last;
        this.send(0, { resync: { cursor: last } });
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
        if (owed !== undefined) this.owed = new Map();
        const reached = await reader.replay(principal.userId, owed ?? start, last, this);
        if (this.closed) return;
        if (reached < last) {
          this.close(CloseCode.catchUpIncomplete, 'catch-up incomplete, reconnect');
          return;
        }
      }
      if (this.owed) {
        for (const [conversationId, upToSeq] of this.owed) {
          this.deps.deliveries.record({ userId: principal.userId, deviceId: principal.deviceId, conversationId, upToSeq });
        }
        this.owed = undefined;
        cursors.record(principal.deviceId, start);
      }
      if (this.closed) return;
      this.groupPositions = { ...stored?.groups, ...groupPositions };
      if (stored !== undefined) this.recoverGroupDeliveries(groupPositions, stored.groups);
      await this.followLargeGroups(principal.userId, principal.deviceId, newDevice);
      if (this.closed) return;
      this.send(0, { caughtUp: { cursor: this.lastSent } });
      this.state = 'live';
      const pending = this.pendingLive;
      this.pendingLive = [];
      this.ws.cork(() => {
        for (const [head, entry] of pending) this.deliverEntry(head, entry);
      });
    } catch (err) {
      this.log.error({ err }, 'session start failed');
      this.close(CloseCode.internal, 'session start failed, reconnect');
    }
  }

  /**
   * A large group's position is a conversation seq, so the deliveries owed for positions the
   * device sent past the stored ones (see start) are those positions themselves. The fold
   * ignores a watermark that does not move, or of a user no longer in the group.
   */
  private recoverGroupDeliveries(sent: Record<string, number>, stored: Record<string, number>): void {
    const { userId, deviceId } = this.principal!;
    for (const [conversationId, upToSeq] of Object.entries(sent)) {
      if (upToSeq > (stored[conversationId] ?? 0)) this.deps.deliveries.record({ userId, deviceId, conversationId, upToSeq });
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
    const groups = this.groups!;
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
    if (!head.largeGroup || this.state !== 'live') return;
    const groups = this.groups!;
    const following = groups.following(head.conversationId);
    const event = pb.Deliver.decode(entry).event;
    const userId = this.principal!.userId;
    if (event?.body === 'memberRemoved' && event.memberRemoved?.userId === userId) {
      return groups.unfollow(head.conversationId);
    }
    if (following) return;
    // The user's own join (or the group's creation) starts at the entry. Any other entry
    // means the group just became large, so the device has no position there yet; if it has
    // one after all, the read model was ahead of this entry and the device's own is right.
    const joined = event?.body === 'conversationCreated' || (event?.body === 'membersAdded' && (event.membersAdded?.userIds ?? []).includes(userId));
    const from = joined ? head.seq : (this.groupPositions[head.conversationId] ?? head.seq);
    this.deps.cursors.recordGroup(this.principal!.deviceId, head.conversationId, from);
    groups.follow(head.conversationId, from).catch((err: unknown) => {
      this.log.error({ err }, 'following a large group failed');
      this.close(CloseCode.internal, 'session failed, reconnect');
    });
  }

  sendGroupEntry(head: FeedEntryHead, entry: Uint8Array): void {
    this.ws.cork(() => this.sendRaw(deliverFrame(entry)));
    // Live deliveries only: a catch-up's old messages would measure the device's absence.
    if (this.state === 'live' && head.senderId !== '' && head.senderId !== this.principal?.userId) this.deps.metrics?.delivered(entry);
  }

  // --- FeedSink and ReplayTarget ---

  onEntry(head: FeedEntryHead, entry: Uint8Array): void {
    if (this.state === 'live') {
      if (this.advance(head, entry)) this.ws.cork(() => this.sendEntry(head, entry));
    } else if (this.state === 'catching-up') {
      this.pendingLive.push([head, entry]);
      // Live traffic outpacing a slow catch-up must not grow without bound: the device
      // reconnects and resumes from what it has.
      if (this.pendingLive.length > MAX_PENDING_LIVE) this.close(CloseCode.catchUpIncomplete, 'catch-up too slow, reconnect');
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
    return head.origin !== this.principal!.deviceId;
  }

  private deliverEntry(head: FeedEntryHead, entry: Uint8Array): void {
    if (this.advance(head, entry)) this.sendEntry(head, entry);
  }

  private sendEntry(head: FeedEntryHead, entry: Uint8Array): void {
    this.sendRaw(deliverFrame(entry));
    if (head.senderId === '' || head.senderId === this.principal!.userId) return;
    // Live deliveries only: a catch-up's old messages would measure the device's absence.
    if (this.state === 'live') this.deps.metrics?.delivered(entry);
    // A message from someone else: its Ack will be a delivery receipt.
    if (++this.unackedCount > MAX_UNACKED) {
      this.unacked.clear();
      this.unackedCount = 1;
    }
    const queue = this.unacked.get(head.conversationId);
    if (queue) queue.push([head.cursor, head.seq]);
    else this.unacked.set(head.conversationId, [[head.cursor, head.seq]]);
  }

  deliver(entries: ReadonlyArray<FeedEntryRef>, withheld?: ReadonlySet<number>): void {
    if (this.closed) return;
    this.ws.cork(() => {
      for (const m of entries) {
        const head = feedEntryHead(m.data);
        if (this.owed && head.cursor <= this.lastSent) this.owe(head);
        else if (withheld?.has(m.seq)) this.advance(head, m.data); // deleted content: passed over
        else this.deliverEntry(head, m.data);
      }
    });
  }

  /** An entry the device had already (see start): a message from someone else was delivered. */
  private owe(head: FeedEntryHead): void {
    if (head.senderId === '' || head.senderId === this.principal!.userId) return;
    this.owed!.set(head.conversationId, Math.max(this.owed!.get(head.conversationId) ?? 0, head.seq));
  }

  ready(): Promise<void> {
    if (this.closed || this.ws.getBufferedAmount() < CATCH_UP_HIGH_WATER) return Promise.resolve();
    return new Promise((resolve) => this.drainWaiters.push(resolve));
  }

  onDrain(): void {
    if (this.ws.getBufferedAmount() >= CATCH_UP_HIGH_WATER) return;
    const waiters = this.drainWaiters;
    this.drainWaiters = [];
    for (const w of waiters) w();
  }

  // --- frames from the client ---

  onMessage(data: ArrayBuffer, isBinary: boolean): void {
    const metrics = this.deps.metrics;
    if (!isBinary || data.byteLength > this.deps.maxFrameBytes) metrics?.frameIn(undefined);
    if (!isBinary) return this.fail(0, new ParleyError('bad_frame', 'frames must be binary protobuf'));
    if (data.byteLength > this.deps.maxFrameBytes) {
      return this.fail(0, new ParleyError('frame_too_large', `frames are limited to ${this.deps.maxFrameBytes} bytes`));
    }
    let frame: parley.v1.ClientFrame;
    try {
      frame = pb.ClientFrame.decode(new Uint8Array(data));
    } catch {
      metrics?.frameIn(undefined);
      return this.fail(0, new ParleyError('bad_frame', 'frame is not a valid ClientFrame'));
    }
    metrics?.frameIn(frame.body);
    const id = frame.id;
    if (this.state === 'authenticating') {
      // Frames sent right behind the Auth frame wait for it (a bounded number).
      if (this.early.length >= MAX_EARLY_FRAMES) return this.fail(id, new ParleyError('rate_limited', 'too many frames before authentication'));
      this.early.push(frame);
      return;
    }
    if (this.state === 'auth') {
      if (frame.body !== 'auth' || !frame.auth) return this.fail(id, new ParleyError('unauthenticated', 'send Auth first'));
      this.state = 'authenticating';
      const token = frame.auth.token || undefined;
      const cursor = frame.auth.cursor ?? undefined;
      const groupPositions: Record<string, number> = {};
      for (const [conv, seq] of Object.entries(frame.auth.groupPositions ?? {})) groupPositions[conv] = Number(seq);
      this.deps.auth.authenticate(token).then(
        (p) => {
          if (this.closed) return;
          void this.start(p, cursor === null ? undefined : cursor, groupPositions);
          const early = this.early;
          this.early = [];
          for (const f of early) this.onFrame(f);
        },
        (err: unknown) => {
          const e = toParleyError(err);
          this.fail(id, e);
          // A token we could not check (the database is away) is not a bad token: the
          // client must come back, not sign the user out.
          if (SERVER_SIDE.has(e.code)) return this.close(CloseCode.internal, 'cannot authenticate right now, reconnect');
          this.close(e.code === 'token_expired' ? CloseCode.tokenExpired : CloseCode.unauthenticated, e.message);
        },
      );
      return;
    }
    this.onFrame(frame);
  }

  private onFrame(frame: parley.v1.ClientFrame): void {
    const id = frame.id;
    switch (frame.body) {
      case 'send':
        if (!this.allowed(id, 'send')) return;
        return this.onSend(id, frame.send!);
      case 'ack': {
        const ack = frame.ack!;
        if (ack.conversationId) return this.onGroupAck(id, ack.conversationId, Number(ack.seq ?? 0));
        return this.onAck(id, Number(ack.cursor));
      }
      case 'heartbeat':
        return this.deps.presence.heartbeat(this);
      case 'typing':
        if (!this.allowed(id, 'typing')) return;
        return this.onTyping(id, frame.typing!);
      case 'auth':
        return this.fail(id, new ParleyError('bad_request', 'already authenticated'));
      case 'markRead':
        if (!this.allowed(id, 'markRead')) return;
        return this.onMarkRead(id, frame.markRead!);
      default:
        if (isLifecycleFrame(frame.body)) return this.onLifecycle(id, frame);
        return this.fail(id, new ParleyError('unknown_frame', 'unknown frame type'));
    }
  }

  private onSend(id: number, s: parley.v1.ISend): void {
    const p = this.principal!;
    const { sender } = this.deps;
    const input = {
      userId: p.userId,
      deviceId: p.deviceId,
      conversationId: s.conversationId ?? '',
      clientMsgId: s.clientMsgId ?? '',
      text: s.text ?? '',
      mediaIds: s.mediaIds ?? [],
      retry: s.retry === true,
      ...(s.replyToMessageId ? { replyToMessageId: s.replyToMessageId } : {}),
    };
    // Preparations run one after another and each commit publishes at once, so this
    // device's messages reach the log in the order it sent them.
    const started = performance.now();
    const prepared = this.sendChain.then(() => sender.prepare(input));
    this.sendChain = prepared.catch(() => undefined);
    prepared
      .then((ready) => sender.commit(ready))
      .then(
        (sent) => {
          this.errors = 0;
          this.deps.metrics?.sent(started);
          if (!this.closed) this.ws.cork(() => this.send(id, { sent }));
        },
        (err: unknown) => {
          if (!this.closed) this.ws.cork(() => this.fail(id, err));
        },
      );
  }

  private onLifecycle(id: number, frame: parley.v1.ClientFrame): void {
    runLifecycleFrame(this.deps.actions, this.principal!, frame).then(
      (applied) => {
        if (!this.closed) this.ws.cork(() => this.send(id, { applied }));
      },
      (err: unknown) => {
        if (!this.closed) this.ws.cork(() => this.fail(id, err));
      },
    );
  }

  private onTyping(id: number, typing: parley.v1.ITyping): void {
    this.deps.typing.fromClient(this, this.principal!.userId, typing).catch((err: unknown) => {
      if (!this.closed) this.ws.cork(() => this.fail(id, err));
    });
  }

  private onAck(id: number, cursor: number): void {
    if (!(cursor > 0) || cursor > this.lastSent) {
      return this.fail(id, new ParleyError('bad_request', 'ack cursor is beyond what was delivered'));
    }
    const { userId, deviceId } = this.principal!;
    this.deps.cursors.record(deviceId, cursor);
    for (const [conversationId, queue] of this.unacked) {
      let upToSeq = 0;
      let n = 0;
      while (n < queue.length && queue[n]![0] <= cursor) upToSeq = queue[n++]![1];
      if (n === 0) continue;
      this.unackedCount -= n;
      if (n === queue.length) this.unacked.delete(conversationId);
      else queue.splice(0, n);
      this.deps.deliveries.record({ userId, deviceId, conversationId, upToSeq });
    }
  }

  private onGroupAck(id: number, conversationId: string, seq: number): void {
    const position = this.groups?.position(conversationId);
    if (position === undefined || !(seq > 0) || seq > position) {
      return this.fail(id, new ParleyError('bad_request', 'ack seq is beyond what was delivered in that group'));
    }
    const { userId, deviceId } = this.principal!;
    this.deps.cursors.recordGroup(deviceId, conversationId, seq);
    this.deps.deliveries.record({ userId, deviceId, conversationId, upToSeq: seq });
  }

  private onMarkRead(id: number, m: parley.v1.IMarkRead): void {
    const { userId, deviceId } = this.principal!;
    const mark = { userId, deviceId, conversationId: m.conversationId ?? '', upToSeq: Number(m.upToSeq ?? 0) };
    this.deps.receipts.markRead(mark).catch((err: unknown) => {
      if (!this.closed) this.ws.cork(() => this.fail(id, err));
    });
  }

  /**
   * Rate limits: a refused frame is answered with Error{rate_limited} (a retry later will do)
   * and does not count as a bad frame; a client that ignores the refusals is closed.
   */
  private allowed(id: number, kind: LimitedKind): boolean {
    const verdict = this.limiter?.allow(kind) ?? 'limited';
    if (verdict === 'ok') return true;
    this.send(id, { error: { code: 'rate_limited', message: `too many ${kind} frames; retry later` } });
    if (verdict === 'abusive') this.close(CloseCode.policyViolation, 'rate limit ignored');
    return false;
  }

  private fail(id: number, err: unknown): void {
    const e = toParleyError(err);
    if (e.code === 'internal') this.log.error({ err: e.cause ?? e }, 'frame failed');
    // Debug only: during an outage every frame fails, and the outage shows in the roles' own logs.
    else if (e.code === 'unavailable') this.log.debug({ err: e.cause ?? e }, 'frame failed: a backing service is unavailable');
    this.deps.metrics?.error(e.code);
    this.send(id, { error: { code: e.code, message: e.message } });
    // Only the client's own mistakes count against it: an outage makes every retry fail too.
    if (!SERVER_SIDE.has(e.code) && ++this.errors > MAX_ERRORS) this.close(CloseCode.policyViolation, 'too many bad frames');
  }

  // --- output ---

  /** EphemeralSink: a Presence or Typing frame, outside the feed (no cursor, not replayed). */
  pushFrame(frame: Uint8Array): void {
    if (!this.closed) this.ws.cork(() => this.sendRaw(frame));
  }

  private send(id: number, body: Omit<parley.v1.IServerFrame, 'id'>): void {
    this.sendRaw(pb.ServerFrame.encode({ id, ...body }).finish());
  }

  private sendRaw(bytes: Uint8Array): void {
    if (this.closed) return;
    this.deps.metrics?.frameOut(bytes);
    // The client has stopped reading and its queue would pass the bound: it is closed now,
    // while the close frame still fits (past the bound uWS drops frames, the close frame too,
    // and the client would see an abnormal 1006). It reconnects and resumes from its cursor;
    // the feed is durable, so closing loses nothing. 2 = dropped: the same, as a backstop.
    if (this.ws.getBufferedAmount() + bytes.byteLength > this.deps.maxBackpressureBytes || this.ws.send(bytes, true) === 2) {
      this.close(CloseCode.slowConsumer, 'slow consumer');
    }
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.ws.end(code, reason);
  }

  /** Called from the socket's close handler with the close code: the socket is gone. */
  onClose(code: number): void {
    const wasAuthenticated = this.principal !== undefined;
    this.state = 'closed';
    clearTimeout(this.authTimer);
    for (const w of this.drainWaiters) w();
    this.drainWaiters = [];
    this.limiter?.release();
    if (this.positionsHeld) void this.deps.cursors.release(this.principal!.deviceId);
    if (wasAuthenticated) {
      this.groups?.close();
      this.deps.hub.detach(this.principal!.userId, this);
      this.deps.presence.disconnected(this, code);
      this.deps.typing.disconnected(this);
    }
  }
}
