// Parley's client SDK, for Node (pass the `ws` package's WebSocket) and browsers (the global
// WebSocket). It authenticates with an Auth frame (no token in URLs), resumes from its last
// cursor on every reconnect, sends with an automatic client_msg_id and re-sends until the
// server answers Sent, and acknowledges what it received. While connected it sends a Heartbeat
// every heartbeat_interval_ms (from Welcome), which keeps its user online for others.
import { pb } from '../shared/events.js';
import type { parley } from '../gen/proto.js';

type Frame = parley.v1.ServerFrame;
export type Sent = { conversationId: string; clientMsgId: string; messageId: string; seq: number; sentAtMs: number };
/**
 * One feed entry. unreadCount comes with the user's own read marks (from any of their
 * devices): the conversation's unread count after it, so every device clears its badge.
 */
export type Delivery = {
  cursor: number;
  seq: number;
  conversationId: string;
  senderId: string;
  event: parley.v1.Event;
  unreadCount?: number;
};
export type Welcome = { userId: string; deviceId: string; cursor: number; heartbeatIntervalMs: number };
/** A user this one shares a conversation with came online or went offline (or its state on connect). */
export type PresenceUpdate = { userId: string; online: boolean; lastSeenMs: number; version: number };
/** Another member started or stopped typing; the server sends on: false itself when it expires. */
export type TypingUpdate = { conversationId: string; userId: string; on: boolean };

interface SocketLike {
  binaryType: string;
  readyState: number;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
  onopen: ((ev: unknown) => void) | null;
  onclose: ((ev: { code: number; reason: string }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
}
export type SocketFactory = new (url: string) => SocketLike;

export interface ClientOptions {
  /**
   * ws://host:port/v1/ws, or several gateways' addresses: the client connects to the first
   * and every reconnect goes to the next one in turn (gateways are interchangeable, so a
   * dead one costs one failed attempt). Shuffle the list to spread clients.
   */
  url: string | readonly string[];
  token: string;
  /** Resume after this cursor; omit to resume where this device last acknowledged. */
  cursor?: number;
  WebSocket?: SocketFactory;
  /** Acknowledge received entries automatically (default true). */
  autoAck?: boolean;
  reconnectDelayMs?: number;
  maxReconnectDelayMs?: number;
  /** Send Heartbeat frames at the interval the server announces (default true). */
  heartbeat?: boolean;
  /** REST base (http://host:port) for search and threads; default: derived from the current url. */
  httpUrl?: string;
}

/** Answer to edit, delete and react: the change is stored (seq 0: there was nothing to change). */
export type Applied = { conversationId: string; messageId: string; seq: number };

/** A page of messages from search or a thread (the REST views, snake_case). */
export type MessagePage = { messages: Array<Record<string, any>>; has_more: boolean; next_before?: number | null; root?: Record<string, any> };

export class ParleyError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ParleyError';
  }
}

interface PendingSend {
  conversationId: string;
  clientMsgId: string;
  text: string;
  /** Uploaded media (POST /v1/media, then .../complete) attached to the message. */
  mediaIds: string[];
  replyTo?: string;
  frameId: number;
  /** Transmitted at least once: later transmissions are retries. */
  tries: number;
  resolve: (s: Sent) => void;
  reject: (e: Error) => void;
}

type Listener<T> = (value: T) => void;
interface Events {
  welcome: Welcome;
  deliver: Delivery;
  caughtUp: number;
  resync: number;
  presence: PresenceUpdate;
  typing: TypingUpdate;
  close: { code: number; reason: string };
  error: ParleyError;
}

/** Errors a retry can cure; anything else is the request's fault and fails the send. */
const RETRYABLE = new Set(['internal', 'unavailable', 'timeout', 'rate_limited']);
/** Retry delay after an error: rate_limited waits for the server's budget to refill (with jitter, so a backlog spreads out). */
const retryDelayMs = (code: string) => (code === 'rate_limited' ? 1000 + Math.random() * 1000 : 250);
const OPEN = 1;

let counter = 0;
export function newClientMsgId(): string {
  const rnd = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `${rnd}-${(counter++).toString(36)}`;
}

export class ParleyClient {
  private ws: SocketLike | undefined;
  private nextId = 1;
  private readonly pending = new Map<string, PendingSend>();
  private readonly byFrame = new Map<number, PendingSend>();
  private readonly listeners = new Map<keyof Events, Set<Listener<never>>>();
  private lastCursor: number | undefined;
  private acked = 0;
  /** Large groups: the last seq received and acknowledged per conversation (they have no feed cursor). */
  private readonly groupSeen = new Map<string, number>();
  private readonly groupAcked = new Map<string, number>();
  private ackTimer: ReturnType<typeof setTimeout> | undefined;
  private heartbeatTimer: ReturnType<typeof setInterval> | undefined;
  /** Newest presence version seen per user: an older frame is stale and not emitted. */
  private readonly presenceVersions = new Map<string, number>();
  private closedByUser = false;
  private live = false;
  private welcomed = false;
  /** Reconnect attempts since the last Welcome. */
  private attempts = 0;
  private readonly urls: readonly string[];
  /** Index in urls of the current (or last) connection. */
  private at = 0;
  private welcomeWaiters: Array<{ resolve: (w: Welcome) => void; reject: (e: Error) => void }> = [];
  /** Edit, delete and react frames waiting for Applied, by frame id. */
  private readonly requests = new Map<number, { resolve: (a: Applied) => void; reject: (e: Error) => void }>();

  constructor(private readonly opts: ClientOptions) {
    this.lastCursor = opts.cursor;
    this.urls = typeof opts.url === 'string' ? [opts.url] : [...opts.url];
    if (this.urls.length === 0) throw new ParleyError('bad_request', 'no gateway url');
  }

  /** The gateway address of the current (or last) connection. */
  get url(): string {
    return this.urls[this.at]!;
  }

  /** The newest feed position this client has received. */
  get cursor(): number | undefined {
    return this.lastCursor;
  }

  /** True between CaughtUp and the next disconnect. */
  get isLive(): boolean {
    return this.live;
  }

  on<K extends keyof Events>(event: K, fn: Listener<Events[K]>): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    const entry = fn as Listener<never>;
    set.add(entry);
    return () => set.delete(entry);
  }

  private emit<K extends keyof Events>(event: K, value: Events[K]): void {
    for (const fn of this.listeners.get(event) ?? []) (fn as Listener<Events[K]>)(value);
  }

  /** Opens the connection; resolves on Welcome. Reconnects by itself until close(). */
  connect(): Promise<Welcome> {
    this.closedByUser = false;
    const p = new Promise<Welcome>((resolve, reject) => this.welcomeWaiters.push({ resolve, reject }));
    this.open();
    return p;
  }

  /** Resolves when the catch-up is done and live delivery has begun. */
  waitLive(): Promise<void> {
    if (this.live) return Promise.resolve();
    return new Promise((resolve) => {
      const off = this.on('caughtUp', () => {
        off();
        resolve();
      });
    });
  }

  private open(): void {
    const Ctor = this.opts.WebSocket ?? (globalThis as unknown as { WebSocket: SocketFactory }).WebSocket;
    const ws = new Ctor(this.url);
    this.ws = ws;
    ws.binaryType = 'arraybuffer';
    ws.onopen = () => {
      const auth: parley.v1.IAuth = { token: this.opts.token };
      if (this.lastCursor !== undefined) auth.cursor = this.lastCursor;
      if (this.groupSeen.size > 0) auth.groupPositions = Object.fromEntries(this.groupSeen);
      this.write({ id: this.nextId++, auth });
    };
    ws.onmessage = (ev) => this.onFrame(ev.data);
    ws.onerror = () => undefined;
    ws.onclose = (ev) => {
      if (this.ws !== ws) return;
      this.ws = undefined;
      this.live = false;
      this.welcomed = false;
      this.stopHeartbeats();
      this.byFrame.clear();
      // Their answer is lost with the socket; the change may or may not have been made.
      const lost = new ParleyError('unavailable', 'connection lost before the answer; look at the message and retry');
      for (const r of this.requests.values()) r.reject(lost);
      this.requests.clear();
      this.emit('close', { code: ev.code, reason: ev.reason });
      const fatal = ev.code >= 4000 && ev.code < 4100;
      if (this.closedByUser || fatal) {
        const err = new ParleyError('closed', `connection closed (${ev.code} ${ev.reason})`);
        for (const w of this.welcomeWaiters.splice(0)) w.reject(err);
        if (fatal) for (const p of this.pending.values()) p.reject(err);
        if (fatal) this.pending.clear();
        return;
      }
      // The next gateway in turn; the delay doubles after each round in which none answered.
      const base = this.opts.reconnectDelayMs ?? 200;
      const round = Math.floor(this.attempts++ / this.urls.length);
      const delay = Math.min(base * 2 ** round, this.opts.maxReconnectDelayMs ?? 5000);
      this.at = (this.at + 1) % this.urls.length;
      setTimeout(() => {
        if (!this.closedByUser) this.open();
      }, delay * (0.5 + Math.random() / 2));
    };
  }

  private onFrame(data: unknown): void {
    const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : (data as Uint8Array);
    const frame: Frame = pb.ServerFrame.decode(bytes);
    switch (frame.body) {
      case 'welcome': {
        const w = frame.welcome as parley.v1.Welcome;
        this.attempts = 0;
        const welcome = { userId: w.userId, deviceId: w.deviceId, cursor: Number(w.cursor), heartbeatIntervalMs: w.heartbeatIntervalMs };
        if (this.lastCursor === undefined || this.lastCursor < welcome.cursor) this.lastCursor = welcome.cursor;
        this.welcomed = true;
        if (this.opts.heartbeat !== false) this.startHeartbeats(welcome.heartbeatIntervalMs || 5000);
        // Re-send everything that was not answered before the last disconnect.
        for (const p of this.pending.values()) this.transmit(p);
        for (const waiter of this.welcomeWaiters.splice(0)) waiter.resolve(welcome);
        this.emit('welcome', welcome);
        return;
      }
      case 'deliver': {
        const d = frame.deliver!;
        const cursor = Number(d.cursor);
        if (cursor === 0) {
          // A large group's message: positioned by its conversation seq, not the feed.
          const conv = d.conversationId ?? '';
          if (Number(d.seq) <= (this.groupSeen.get(conv) ?? 0)) return;
          this.groupSeen.set(conv, Number(d.seq));
        } else {
          if (this.lastCursor !== undefined && cursor <= this.lastCursor) return;
          this.lastCursor = cursor;
        }
        this.emit('deliver', {
          cursor,
          seq: Number(d.seq),
          conversationId: d.conversationId ?? '',
          senderId: d.senderId ?? '',
          event: d.event as parley.v1.Event,
          ...(d.unreadCount != null ? { unreadCount: d.unreadCount } : {}),
        });
        if (this.opts.autoAck !== false) this.scheduleAck();
        return;
      }
      case 'caughtUp': {
        // The server's position may be past entries it did not send (this device's own).
        const cursor = Number(frame.caughtUp!.cursor);
        if (this.lastCursor === undefined || cursor > this.lastCursor) this.lastCursor = cursor;
        this.live = true;
        this.emit('caughtUp', cursor);
        return;
      }
      case 'resync': {
        const cursor = Number(frame.resync!.cursor);
        this.lastCursor = cursor;
        this.emit('resync', cursor);
        return;
      }
      case 'presence': {
        const p = frame.presence as parley.v1.Presence;
        const version = Number(p.version);
        if (version < (this.presenceVersions.get(p.userId) ?? 0)) return;
        this.presenceVersions.set(p.userId, version);
        this.emit('presence', { userId: p.userId, online: p.online, lastSeenMs: Number(p.lastSeenMs), version });
        return;
      }
      case 'typing': {
        const t = frame.typing as parley.v1.Typing;
        this.emit('typing', { conversationId: t.conversationId, userId: t.userId, on: t.on });
        return;
      }
      case 'sent': {
        const s = frame.sent as parley.v1.Sent;
        const p = this.pending.get(s.clientMsgId);
        if (!p) return;
        this.pending.delete(s.clientMsgId);
        this.byFrame.delete(frame.id);
        p.resolve({ conversationId: s.conversationId, clientMsgId: s.clientMsgId, messageId: s.messageId, seq: Number(s.seq), sentAtMs: Number(s.sentAtMs) });
        return;
      }
      case 'applied': {
        const a = frame.applied as parley.v1.Applied;
        const r = this.requests.get(frame.id);
        if (!r) return;
        this.requests.delete(frame.id);
        r.resolve({ conversationId: a.conversationId, messageId: a.messageId, seq: Number(a.seq) });
        return;
      }
      case 'error': {
        const err = frame.error as parley.v1.Error;
        const e = new ParleyError(err.code, err.message);
        const request = this.requests.get(frame.id);
        if (request) {
          this.requests.delete(frame.id);
          request.reject(e);
          return;
        }
        const p = this.byFrame.get(frame.id);
        if (p) {
          this.byFrame.delete(frame.id);
          if (RETRYABLE.has(e.code)) {
            setTimeout(() => this.pending.has(p.clientMsgId) && this.transmit(p), retryDelayMs(e.code));
          } else {
            this.pending.delete(p.clientMsgId);
            p.reject(e);
          }
          return;
        }
        this.emit('error', e);
        return;
      }
      default:
        return;
    }
  }

  /** Sends a reply to a message of the conversation; resolves with Sent like send. */
  reply(conversationId: string, replyToMessageId: string, text: string, clientMsgId = newClientMsgId()): Promise<Sent> {
    return this.send(conversationId, text, clientMsgId, [], replyToMessageId);
  }

  /** Replaces the text of one's own message. */
  edit(messageId: string, text: string): Promise<Applied> {
    return this.request({ editMessage: { messageId, text } });
  }

  /** Deletes a message for everyone (the sender in its window, or a group admin), or for this user only. */
  delete(messageId: string, opts: { forEveryone?: boolean } = {}): Promise<Applied> {
    return this.request({ deleteMessage: { messageId, forEveryone: opts.forEveryone === true } });
  }

  /** Adds this user's reaction (one per emoji). */
  react(messageId: string, emoji: string): Promise<Applied> {
    return this.request({ react: { messageId, emoji } });
  }

  /** Takes this user's reaction back. */
  unreact(messageId: string, emoji: string): Promise<Applied> {
    return this.request({ react: { messageId, emoji, remove: true } });
  }

  /** Full-text search over what this user may read, newest first; pass next_before for the next page. */
  search(q: string, opts: { conversationId?: string; before?: number; limit?: number } = {}): Promise<MessagePage> {
    const params = new URLSearchParams({ q });
    if (opts.conversationId) params.set('conversation_id', opts.conversationId);
    if (opts.before !== undefined) params.set('before', String(opts.before));
    if (opts.limit !== undefined) params.set('limit', String(opts.limit));
    return this.rest(`/v1/search?${params}`);
  }

  /** The replies to a message, oldest first; pass the last seq as after for the next page. */
  thread(messageId: string, opts: { after?: number; limit?: number } = {}): Promise<MessagePage> {
    const params = new URLSearchParams();
    if (opts.after !== undefined) params.set('after', String(opts.after));
    if (opts.limit !== undefined) params.set('limit', String(opts.limit));
    return this.rest(`/v1/messages/${encodeURIComponent(messageId)}/thread?${params}`);
  }

  private request(body: Omit<parley.v1.IClientFrame, 'id'>): Promise<Applied> {
    if (!this.ws || this.ws.readyState !== OPEN || !this.welcomed) return Promise.reject(new ParleyError('unavailable', 'not connected'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.requests.set(id, { resolve, reject });
      this.write({ id, ...body });
    });
  }

  private async rest<T>(path: string): Promise<T> {
    const base = this.opts.httpUrl ?? this.url.replace(/^ws/, 'http').replace(/\/v1\/ws.*$/, '');
    const res = await fetch(base + path, { headers: { authorization: `Bearer ${this.opts.token}` } });
    const body = (await res.json()) as T & { error?: { code: string; message: string } };
    if (!res.ok) throw new ParleyError(body.error?.code ?? 'internal', body.error?.message ?? `HTTP ${res.status}`);
    return body;
  }

  /**
   * Sends a message; resolves with Sent once the server has stored it durably. mediaIds: media
   * uploaded and verified for this conversation (MediaClient.upload in ./media.ts); replyTo:
   * the message this one answers.
   */
  send(conversationId: string, text: string, clientMsgId = newClientMsgId(), mediaIds: readonly string[] = [], replyTo?: string): Promise<Sent> {
    const existing = this.pending.get(clientMsgId);
    if (existing) return new Promise((resolve, reject) => {
      const prev = { resolve: existing.resolve, reject: existing.reject };
      existing.resolve = (s) => (prev.resolve(s), resolve(s));
      existing.reject = (e) => (prev.reject(e), reject(e));
    });
    return new Promise((resolve, reject) => {
      const p: PendingSend = { conversationId, clientMsgId, text, mediaIds: [...mediaIds], frameId: 0, tries: 0, resolve, reject, ...(replyTo ? { replyTo } : {}) };
      this.pending.set(clientMsgId, p);
      this.transmit(p);
    });
  }

  private transmit(p: PendingSend): void {
    if (!this.ws || this.ws.readyState !== OPEN || !this.welcomed) return; // sent after the next Welcome
    p.frameId = this.nextId++;
    this.byFrame.set(p.frameId, p);
    const retry = p.tries++ > 0;
    this.write({ id: p.frameId, send: { conversationId: p.conversationId, clientMsgId: p.clientMsgId, text: p.text, mediaIds: p.mediaIds, retry, replyToMessageId: p.replyTo ?? '' } });
  }

  /** Acknowledges what arrived from large groups since the last time. */
  private ackGroups(): void {
    if (this.ws?.readyState !== OPEN) return;
    for (const [conversationId, seq] of this.groupSeen) {
      if ((this.groupAcked.get(conversationId) ?? 0) >= seq) continue;
      this.groupAcked.set(conversationId, seq);
      this.write({ id: 0, ack: { conversationId, seq } });
    }
  }

  /** Tells the server this device has stored everything up to cursor. */
  ack(cursor: number): void {
    if (cursor <= this.acked) return;
    this.acked = cursor;
    if (this.ws?.readyState === OPEN) this.write({ id: 0, ack: { cursor } });
  }

  private scheduleAck(): void {
    if (this.ackTimer !== undefined) return;
    this.ackTimer = setTimeout(() => {
      this.ackTimer = undefined;
      if (this.lastCursor !== undefined) this.ack(this.lastCursor);
      this.ackGroups();
    }, 100);
  }

  /**
   * Marks the conversation read up to a conversation seq (a Delivery's seq). The server
   * answers only a refusal (an 'error' event); watermarks never move backwards, so marking
   * an older position again is harmless.
   */
  markRead(conversationId: string, upToSeq: number): void {
    if (this.ws?.readyState === OPEN) this.write({ id: this.nextId++, markRead: { conversationId, upToSeq } });
  }

  heartbeat(): void {
    if (this.ws?.readyState === OPEN) this.write({ id: 0, heartbeat: {} });
  }

  private startHeartbeats(intervalMs: number): void {
    this.stopHeartbeats();
    this.heartbeatTimer = setInterval(() => this.heartbeat(), intervalMs);
  }

  private stopHeartbeats(): void {
    clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = undefined;
  }

  /**
   * Tells the other members this user is (on) or stopped (off) typing. Send on again every
   * few seconds while typing: the server ends an indicator that is not refreshed. A refusal
   * (not_member, conversation_not_found) comes back as an 'error' event.
   */
  typing(conversationId: string, on: boolean): void {
    if (this.ws?.readyState === OPEN && this.welcomed) this.write({ id: this.nextId++, typing: { conversationId, on } });
  }

  /** Sends a raw frame (for tests and tools). */
  write(frame: parley.v1.IClientFrame): void {
    this.ws?.send(pb.ClientFrame.encode(frame).finish());
  }

  /** Drops the socket without closing the client: it reconnects and re-sends (for tests). */
  dropConnection(): void {
    this.ws?.close(4999, 'dropped by client');
  }

  close(): void {
    this.closedByUser = true;
    clearTimeout(this.ackTimer);
    this.stopHeartbeats();
    if (this.lastCursor !== undefined && this.lastCursor > this.acked && this.ws?.readyState === OPEN) this.ack(this.lastCursor);
    if (this.opts.autoAck !== false) this.ackGroups();
    this.ws?.close(1000, 'bye');
  }
}
