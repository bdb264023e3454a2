// The client's model of the chat: conversations with unread counts, the loaded messages of
// each, the other members' delivery and read watermarks (the ticks), presence and typing.
// The REST API gives the starting state, the SDK's feed keeps it current; every change calls
// the listeners, and the view redraws from here.
import type { MessagePosted, MessagesDelivered, MessagesRead } from '../../src/shared/events.js';
import { ParleyClient, type Delivery, type Sent } from '../../src/sdk/client.js';
import { ApiError, type Api, type ConversationJson, type User } from './api.js';
import { mediaOf, type MediaInfo } from './media.js';
import { bySeq, fromJson, messageStatus, raise, type Conversation, type Message, type Presence, type Status } from './model.js';
import { saveCursor, type StoredSession } from './session.js';

const PAGE = 40;
/** A typing indicator shows this long without a refresh (the server ends it after 6 s). */
const TYPING_SHOW_MS = 7000;

export class ChatState {
  readonly client: ParleyClient;
  readonly conversations = new Map<string, Conversation>();
  readonly users = new Map<string, User>();
  readonly presence = new Map<string, Presence>();
  openId: string | undefined;
  connected = false;
  private readonly listeners = new Set<() => void>();
  private readonly userRequests = new Set<string>();
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private cursorTimer: ReturnType<typeof setTimeout> | undefined;
  /** Conversations the feed named that the list did not have yet. */
  private readonly awaited = new Set<string>();
  /** Read marks waiting for the socket (MarkRead is a WebSocket frame). */
  private readonly pendingReads = new Map<string, number>();

  constructor(
    readonly api: Api,
    readonly me: StoredSession,
    wsUrl: string,
    cursor: number | undefined,
  ) {
    this.client = new ParleyClient({ url: wsUrl, token: me.token, ...(cursor !== undefined ? { cursor } : {}) });
    this.client.on('welcome', () => {
      this.connected = true;
      for (const [id, seq] of this.pendingReads) this.client.markRead(id, seq);
      this.pendingReads.clear();
      this.changed();
    });
    this.client.on('close', () => {
      this.connected = false;
      this.changed();
    });
    this.client.on('deliver', (d) => {
      this.apply(d);
      this.saveCursorSoon();
    });
    this.client.on('caughtUp', () => saveCursor(me.device_id, this.client.cursor));
    // The feed no longer reaches back to our cursor: start over from the read models.
    this.client.on('resync', () => void this.refresh(true));
    this.client.on('presence', (p) => {
      this.presence.set(p.userId, { online: p.online, lastSeenMs: p.lastSeenMs });
      this.changed();
    });
    this.client.on('typing', (t) => this.setTyping(t.conversationId, t.userId, t.on));
  }

  /** localStorage writes are synchronous: at most a few per second during a long catch-up. */
  private saveCursorSoon(): void {
    if (this.cursorTimer !== undefined) return;
    this.cursorTimer = setTimeout(() => {
      this.cursorTimer = undefined;
      saveCursor(this.me.device_id, this.client.cursor);
    }, 250);
  }

  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private changed(): void {
    for (const fn of this.listeners) fn();
  }

  /** Loads the conversation list, then connects; the feed applies on top of the list. */
  async start(): Promise<void> {
    this.wantUser(this.me.user_id);
    // The server may be restarting: keep trying, except when the token is refused.
    for (let delay = 500; ; delay = Math.min(delay * 2, 5000)) {
      try {
        await this.refresh(false);
        break;
      } catch (err) {
        if (err instanceof ApiError && err.status < 500) throw err;
        await new Promise((r) => setTimeout(r, delay));
      }
    }
    await this.client.connect();
  }

  close(): void {
    clearTimeout(this.cursorTimer);
    saveCursor(this.me.device_id, this.client.cursor);
    this.client.close();
  }

  /** Re-reads the conversation list (and, after a resync, the open conversation's messages). */
  async refresh(reloadMessages: boolean): Promise<void> {
    const list = await this.api.conversations(this.me.user_id);
    for (const c of list) this.mergeConversation(c);
    // Left or removed from: gone from the list.
    const listed = new Set(list.map((c) => c.conversation_id));
    for (const id of this.conversations.keys()) {
      if (listed.has(id)) continue;
      this.conversations.delete(id);
      if (this.openId === id) this.openId = undefined;
    }
    if (reloadMessages) for (const c of this.conversations.values()) c.loaded = false;
    if (this.openId) await this.ensureLoaded(this.openId);
    this.changed();
  }

  /**
   * Re-reads the list soon (one read for a burst of events). The feed can be ahead of the
   * read model: while a conversation the feed named is not in the list yet, try again.
   */
  private scheduleRefresh(waitingFor?: string, delayMs = 150): void {
    if (waitingFor) this.awaited.add(waitingFor);
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refresh(false).then(
        () => {
          for (const id of this.awaited) if (this.conversations.has(id)) this.awaited.delete(id);
          if (this.awaited.size > 0 && delayMs < 5000) this.scheduleRefresh(undefined, delayMs * 2);
          else this.awaited.clear();
        },
        () => this.scheduleRefresh(undefined, Math.min(delayMs * 2, 5000)),
      );
    }, delayMs);
  }

  private mergeConversation(c: ConversationJson): Conversation {
    let conv = this.conversations.get(c.conversation_id);
    if (!conv) {
      conv = {
        id: c.conversation_id,
        type: c.type,
        name: c.name,
        memberIds: c.member_ids,
        unread: c.unread_count,
        lastSeq: 0,
        messages: [],
        loaded: false,
        hasMore: true,
        loadingOlder: false,
        delivered: new Map(),
        read: new Map(),
        typing: new Map(),
      };
      this.conversations.set(conv.id, conv);
    }
    conv.name = c.name;
    conv.memberIds = c.member_ids;
    const lastSeq = c.last_message?.seq ?? 0;
    // The list is the truth up to its newest message; the feed may already be further.
    if (lastSeq >= conv.lastSeq) {
      conv.unread = c.unread_count;
      conv.lastSeq = lastSeq;
      if (c.last_message) conv.last = fromJson(c.last_message);
    }
    for (const id of c.member_ids) this.wantUser(id);
    return conv;
  }

  /** Conversations, most recent first. */
  sorted(): Conversation[] {
    const at = (c: Conversation) => c.last?.sentAtMs ?? 0;
    return [...this.conversations.values()].sort((a, b) => at(b) - at(a));
  }

  displayName(userId: string): string {
    const u = this.users.get(userId);
    return u ? u.display_name || u.username : '…';
  }

  title(c: Conversation): string {
    if (c.type === 'group') return c.name || 'Group';
    const other = c.memberIds.find((id) => id !== this.me.user_id) ?? this.me.user_id;
    return this.displayName(other);
  }

  /** For a direct conversation, the other person. */
  peer(c: Conversation): string | undefined {
    return c.type === 'direct' ? c.memberIds.find((id) => id !== this.me.user_id) : undefined;
  }

  private wantUser(id: string): void {
    if (this.users.has(id) || this.userRequests.has(id)) return;
    this.userRequests.add(id);
    this.api.user(id).then(
      (u) => {
        this.users.set(id, u);
        this.changed();
      },
      () => this.userRequests.delete(id),
    );
  }

  // ------------------------------------------------------------------ the feed

  private apply(d: Delivery): void {
    const ev = d.event;
    const conv = this.conversations.get(d.conversationId);
    switch (ev.body) {
      case 'messagePosted': {
        const m = ev.messagePosted as MessagePosted;
        if (!conv) return this.scheduleRefresh(d.conversationId);
        const msg: Message = {
          key: `${m.senderId}:${m.clientMsgId}`,
          messageId: m.messageId,
          seq: d.seq,
          senderId: m.senderId,
          clientMsgId: m.clientMsgId,
          text: m.text,
          sentAtMs: Number(m.sentAtMs),
          media: mediaOf(m as unknown as { media?: unknown; mediaIds?: string[] }),
        };
        const isNew = d.seq > conv.lastSeq;
        this.insert(conv, msg);
        this.stopTyping(conv, m.senderId);
        if (isNew && m.senderId !== this.me.user_id) {
          if (this.isReading(conv)) this.markRead(conv);
          else conv.unread += 1;
        }
        break;
      }
      case 'messagesDelivered': {
        const r = ev.messagesDelivered as MessagesDelivered;
        if (!conv || r.userId === this.me.user_id) return;
        raise(conv.delivered, r.userId, Number(r.upToSeq));
        break;
      }
      case 'messagesRead': {
        const r = ev.messagesRead as MessagesRead;
        if (!conv) return;
        if (r.userId === this.me.user_id) {
          // Read on another of this user's devices: its unread count after the read comes along.
          conv.unread = d.unreadCount ?? 0;
        } else {
          raise(conv.read, r.userId, Number(r.upToSeq));
          raise(conv.delivered, r.userId, Number(r.upToSeq));
        }
        break;
      }
      default:
        // Membership changes, renames, new conversations: the list has the resulting state.
        this.scheduleRefresh(conv ? undefined : d.conversationId);
        return;
    }
    this.changed();
  }

  /** Adds or replaces a message, by key (so the optimistic copy, Sent and history agree). */
  private insert(conv: Conversation, msg: Message): void {
    if (msg.seq !== undefined && msg.seq > conv.lastSeq) {
      conv.lastSeq = msg.seq;
      conv.last = msg;
    }
    if (!conv.loaded) return;
    const i = conv.messages.findIndex((m) => m.key === msg.key);
    if (i >= 0) conv.messages.splice(i, 1);
    conv.messages.push(msg);
    conv.messages.sort(bySeq);
  }

  private setTyping(conversationId: string, userId: string, on: boolean): void {
    const conv = this.conversations.get(conversationId);
    if (!conv) return;
    this.stopTyping(conv, userId);
    if (on) conv.typing.set(userId, setTimeout(() => this.setTyping(conversationId, userId, false), TYPING_SHOW_MS));
    this.changed();
  }

  private stopTyping(conv: Conversation, userId: string): void {
    clearTimeout(conv.typing.get(userId));
    conv.typing.delete(userId);
  }

  // ------------------------------------------------------------------ actions

  /** The open conversation is being looked at (the page is visible). */
  isReading(conv: Conversation): boolean {
    return this.openId === conv.id && document.visibilityState === 'visible';
  }

  async open(id: string | undefined): Promise<void> {
    this.openId = id;
    this.changed();
    if (!id) return;
    await this.ensureLoaded(id);
    const conv = this.conversations.get(id);
    if (conv && this.isReading(conv)) this.markRead(conv);
    this.changed();
  }

  markRead(conv: Conversation): void {
    if (conv.unread === 0 && conv.lastSeq === 0) return;
    conv.unread = 0;
    if (conv.lastSeq === 0) return;
    if (this.connected) this.client.markRead(conv.id, conv.lastSeq);
    else this.pendingReads.set(conv.id, conv.lastSeq);
  }

  /** The page became visible again: whatever is open now counts as read. */
  visible(): void {
    const conv = this.openId ? this.conversations.get(this.openId) : undefined;
    if (conv && conv.unread > 0 && this.isReading(conv)) {
      this.markRead(conv);
      this.changed();
    }
  }

  private async ensureLoaded(id: string): Promise<void> {
    const conv = this.conversations.get(id);
    if (!conv || conv.loaded) return;
    const page = await this.api.messages(id, undefined, PAGE);
    // Live messages that arrived while the page was loading stay (by key).
    const live = conv.messages;
    conv.messages = page.messages.map(fromJson);
    conv.hasMore = page.has_more;
    conv.loaded = true;
    for (const m of live) this.insert(conv, m);
    const newest = conv.messages.at(-1);
    if (newest?.seq !== undefined && newest.seq > conv.lastSeq) {
      conv.lastSeq = newest.seq;
      conv.last = newest;
    }
    await this.loadReceipts(conv, conv.messages);
  }

  /** Scrolling back: the page before the oldest loaded message. */
  async loadOlder(id: string): Promise<boolean> {
    const conv = this.conversations.get(id);
    const oldest = conv?.messages.find((m) => m.seq !== undefined)?.seq;
    if (!conv || !conv.loaded || !conv.hasMore || conv.loadingOlder || oldest === undefined) return false;
    conv.loadingOlder = true;
    this.changed();
    try {
      const page = await this.api.messages(id, oldest, PAGE);
      const older = page.messages.map(fromJson);
      const known = new Set(conv.messages.map((m) => m.key));
      conv.messages = [...older.filter((m) => !known.has(m.key)), ...conv.messages];
      conv.hasMore = page.has_more;
      await this.loadReceipts(conv, older);
      return older.length > 0;
    } finally {
      conv.loadingOlder = false;
      this.changed();
    }
  }

  /**
   * Watermarks for messages loaded from history: the receipts of this user's newest message
   * among them (and its oldest if that one is not yet read by all). Watermarks only grow, so
   * everything older than a read message is read too.
   */
  private async loadReceipts(conv: Conversation, loaded: Message[]): Promise<void> {
    const mine = loaded.filter((m) => m.senderId === this.me.user_id && m.messageId && m.seq !== undefined);
    const probes = [mine.at(-1), mine[0]].filter((m, i, all): m is Message => m !== undefined && all.indexOf(m) === i);
    for (const m of probes) {
      if (this.status(conv, m) === 'read') break;
      try {
        const r = await this.api.receipts(m.messageId!);
        for (const x of r.receipts) {
          if (x.delivered_at_ms !== null) raise(conv.delivered, x.user_id, m.seq!);
          if (x.read_at_ms !== null) raise(conv.read, x.user_id, m.seq!);
        }
      } catch {
        // Ticks are a nicety; the feed brings the next receipts anyway.
      }
    }
  }

  /** The ticks of one of this user's messages. */
  status(conv: Conversation, m: Message): Status {
    return messageStatus(conv, m, this.me.user_id);
  }

  /** Sends a message: shown at once (pending), then with its seq once durable (Sent). */
  send(conversationId: string, text: string, media: MediaInfo[] = []): Promise<Sent | undefined> {
    const conv = this.conversations.get(conversationId);
    if (!conv) return Promise.resolve(undefined);
    const clientMsgId = crypto.randomUUID();
    const msg: Message = { key: `${this.me.user_id}:${clientMsgId}`, senderId: this.me.user_id, clientMsgId, text, sentAtMs: Date.now(), media };
    conv.messages.push(msg);
    conv.last = msg;
    this.changed();
    return this.client.send(conversationId, text, clientMsgId, media.map((m) => m.media_id)).then(
      (sent) => {
        msg.seq = sent.seq;
        msg.messageId = sent.messageId;
        msg.sentAtMs = sent.sentAtMs;
        this.insert(conv, msg);
        this.changed();
        return sent;
      },
      () => {
        msg.failed = true;
        this.changed();
        return undefined;
      },
    );
  }

  typing(conversationId: string, on: boolean): void {
    if (this.connected) this.client.typing(conversationId, on);
  }

  async startDirect(username: string): Promise<string> {
    const user = await this.api.userByName(username.trim());
    const { conversation_id } = await this.api.direct(user.user_id);
    await this.refresh(false);
    return conversation_id;
  }

  async startGroup(name: string, usernames: string[]): Promise<string> {
    const users = await Promise.all(usernames.map((u) => this.api.userByName(u.trim())));
    const { conversation_id } = await this.api.group(name, users.map((u) => u.user_id));
    await this.refresh(false);
    return conversation_id;
  }
}
