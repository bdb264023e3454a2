// One device's WebSocket: authentication, the frames it sends (decoded, rate limited, answered
// or refused with an Error frame), the frames sent to it, and its close. Once authenticated,
// its feed (catch-up, then live delivery) is a FeedSession (feed-session.ts).
import type { WebSocket } from 'uWebSockets.js';
import type { MessageSender, Prepared, SentResult } from '../commands/send-message.js';
import type { MessageActions } from '../commands/message-actions.js';
import { isLifecycleFrame, runLifecycleFrame } from './lifecycle-frames.js';
import type { ReceiptRecorder } from '../commands/receipts.js';
import { pb } from '../shared/events.js';
import { encodeView } from '../shared/proto-scratch.js';
import { ParleyError, SERVER_SIDE, toParleyError } from '../shared/errors.js';
import type { Logger } from '../shared/log.js';
import type { Authenticator } from './authenticator.js';
import { CloseCode } from './close-codes.js';
import type { DeviceRevocations } from './device-revocations.js';
import { FeedSession, type FeedSessionDeps, type SessionSocket } from './feed-session.js';
import type { ConnectionLimiter, LimitedKind, RateLimits } from './rate-limits.js';
import type { TypingRelay } from './typing-relay.js';
import type { Principal } from './tokens.js';
import type { parley } from '../gen/proto.js';

export interface ConnectionDeps extends FeedSessionDeps {
  auth: Authenticator;
  sender: MessageSender;
  /** Edit, delete, react. */
  actions: MessageActions;
  receipts: ReceiptRecorder;
  typing: TypingRelay;
  revocations: DeviceRevocations;
  log: Logger;
  maxFrameBytes: number;
  maxBackpressureBytes: number;
  limits: RateLimits;
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

type State = 'auth' | 'authenticating' | 'authenticated' | 'closed';
const MAX_EARLY_FRAMES = 1000;

/** Settles the send chain without keeping what a preparation resolved to (the message). */
const noop = (): void => undefined;

export class Connection implements SessionSocket {
  private state: State = 'auth';
  private principal: Principal | undefined;
  /** The device's feed, once its session has started. */
  private session: FeedSession | undefined;
  private drainWaiters: Array<() => void> = [];
  private errors = 0;
  private authTimer: NodeJS.Timeout | undefined;
  private sendChain: Promise<unknown> = Promise.resolve();
  /** Sends queued on sendChain, not yet published: later ones queue behind them. */
  private waitingSends = 0;
  private early: parley.v1.ClientFrame[] = [];
  /** Rate limits and the user's connection slot, once authenticated. */
  private limiter: ConnectionLimiter | undefined;
  private readonly log: Logger;

  constructor(
    private readonly ws: WebSocket<SocketData>,
    private readonly deps: ConnectionDeps,
    connId: number,
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

  /**
   * principal: from a token in the upgrade request, its signature and expiry checked there
   * (the device is confirmed here); none: the client sends an Auth frame.
   */
  open(principal: Principal | undefined, cursor: number | undefined): void {
    if (principal) {
      this.admit(0, this.deps.auth.confirm(principal), cursor, {});
    } else {
      this.authTimer = setTimeout(() => this.close(CloseCode.unauthenticated, 'no Auth frame'), AUTH_TIMEOUT_MS);
    }
  }

  /** Starts the session once authentication succeeds; frames sent meanwhile wait for it. */
  private admit(id: number, authenticating: Promise<Principal>, cursor: number | undefined, groupPositions: Record<string, number>): void {
    this.state = 'authenticating';
    authenticating.then(
      (p) => {
        if (this.closed) return;
        void this.start(p, cursor, groupPositions);
        const early = this.early;
        this.early = [];
        for (const f of early) this.onFrame(f);
      },
      (err: unknown) => {
        if (this.closed) return;
        const e = toParleyError(err);
        this.fail(id, e);
        // A token we could not check (the database is away) is not a bad token: the
        // client must come back, not sign the user out.
        if (SERVER_SIDE.has(e.code)) return this.close(CloseCode.internal, 'cannot authenticate right now, reconnect');
        this.close(e.code === 'token_expired' ? CloseCode.tokenExpired : CloseCode.unauthenticated, e.message);
      },
    );
  }

  private async start(principal: Principal, requested: number | undefined, groupPositions: Record<string, number>): Promise<void> {
    clearTimeout(this.authTimer);
    this.principal = principal;
    this.state = 'authenticated';
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
    this.session = new FeedSession(this, this.deps, principal, this.log);
    await this.session.start(requested, groupPositions);
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
    // protobufjs' oneof getter lists the message's keys on every read: read it once.
    const body = frame.body;
    metrics?.frameIn(body);
    const id = frame.id;
    if (this.state === 'authenticating') {
      // Frames sent right behind the Auth frame wait for it (a bounded number).
      if (this.early.length >= MAX_EARLY_FRAMES) return this.fail(id, new ParleyError('rate_limited', 'too many frames before authentication'));
      this.early.push(frame);
      return;
    }
    if (this.state === 'auth') {
      if (body !== 'auth' || !frame.auth) return this.fail(id, new ParleyError('unauthenticated', 'send Auth first'));
      const token = frame.auth.token || undefined;
      const cursor = frame.auth.cursor ?? undefined;
      const groupPositions: Record<string, number> = {};
      for (const [conv, seq] of Object.entries(frame.auth.groupPositions ?? {})) groupPositions[conv] = Number(seq);
      this.admit(id, this.deps.auth.authenticate(token), cursor === null ? undefined : cursor, groupPositions);
      return;
    }
    this.onFrame(frame, body);
  }

  private onFrame(frame: parley.v1.ClientFrame, body = frame.body): void {
    const id = frame.id;
    switch (body) {
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
        if (isLifecycleFrame(body)) return this.onLifecycle(id, frame);
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
    // Each commit publishes at once, and preparations run one after another, so this
    // device's messages reach the log in the order it sent them. With none waiting, a send
    // that needs nothing it would wait for (prepareNow) is published right here.
    const started = performance.now();
    if (this.waitingSends === 0) {
      let ready: Prepared | undefined;
      try {
        ready = sender.prepareNow(input);
      } catch (err) {
        return this.fail(id, err);
      }
      if (ready) return this.answerSend(id, started, sender.commit(ready));
    }
    this.waitingSends++;
    const prepared = this.sendChain.then(() => sender.prepare(input));
    this.sendChain = prepared.then(noop, noop);
    const committed = prepared.then(
      (ready) => {
        this.waitingSends--;
        return sender.commit(ready);
      },
      (err: unknown) => {
        this.waitingSends--;
        throw err;
      },
    );
    this.answerSend(id, started, committed);
  }

  private answerSend(id: number, started: number, committed: Promise<SentResult>): void {
    committed.then(
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
    if (this.session?.acknowledge(cursor)) return;
    this.fail(id, new ParleyError('bad_request', 'ack cursor is beyond what was delivered'));
  }

  private onGroupAck(id: number, conversationId: string, seq: number): void {
    if (this.session?.acknowledgeInGroup(conversationId, seq)) return;
    this.fail(id, new ParleyError('bad_request', 'ack seq is beyond what was delivered in that group'));
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

  send(id: number, body: Omit<parley.v1.IServerFrame, 'id'>): void {
    this.sendRaw(encodeView(pb.ServerFrame, { id, ...body }));
  }

  sendRaw(bytes: Uint8Array): void {
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

  cork(write: () => void): void {
    this.ws.cork(write);
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
    this.session?.onClose();
    if (wasAuthenticated) {
      this.deps.presence.disconnected(this, code);
      this.deps.typing.disconnected(this);
    }
  }
}
