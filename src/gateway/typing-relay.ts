// Typing indicators. Sending side: a Typing frame from a member is checked (membership from
// the gateway's cache, as for Send), rate-limited by decideTyping, and published once on core
// NATS (<prefix>.typing.<conversation_id>) with the user filled in; nothing is stored. An
// excess on is dropped silently (it would only repeat what watchers already show). Receiving
// side: each gateway holds one wildcard subscription and hands the frame to the local devices
// of the conversation's other members. It also expires indicators itself: an on that is not
// followed by another on within TYPING_TIMEOUT_MS becomes an on = false, so an indicator
// ends even if the typist's gateway died. A device that closes while typing relays an off.
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import type { MembershipCache } from '../commands/membership.js';
import type { parley } from '../gen/proto.js';
import { decideTyping, typingExpired, type TypingPolicy, type TypingState } from '../presence/typing-policy.js';
import { ParleyError } from '../shared/errors.js';
import { pb } from '../shared/events.js';
import { isId } from '../shared/ids.js';
import type { Logger } from '../shared/log.js';
import type { Names } from '../shared/names.js';
import type { EphemeralSink, LocalSessions } from './local-sessions.js';

export interface TypingRelayDeps {
  nc: NatsConnection;
  names: Names;
  membership: MembershipCache;
  local: LocalSessions;
  log: Logger;
  policy: TypingPolicy;
}

export class TypingRelay {
  /** Sending side: `<user>/<conversation>` → when its last on was relayed. */
  private readonly sent = new Map<string, TypingState>();
  /** Sending side: the conversations each connection has typing on in. */
  private readonly typingIn = new Map<EphemeralSink, { userId: string; conversations: Set<string> }>();
  /** Per connection, frames are handled in order (membership lookups may wait). */
  private readonly chains = new WeakMap<EphemeralSink, Promise<unknown>>();
  /** Receiving side: `<conversation>/<user>` → the timer that turns a stale on off. */
  private readonly shown = new Map<string, NodeJS.Timeout>();
  private sub: Subscription | undefined;
  private pruner: NodeJS.Timeout | undefined;

  constructor(private readonly deps: TypingRelayDeps) {}

  async start(): Promise<void> {
    this.sub = this.deps.nc.subscribe(this.deps.names.typingFilter, {
      callback: (err, msg) => {
        if (!err) this.onRelayed(pb.Typing.decode(msg.data));
      },
    });
    await this.deps.nc.flush();
    // Forget pairs whose indicator watchers have let expire.
    this.pruner = setInterval(() => {
      const now = Date.now();
      for (const [key, state] of this.sent) if (typingExpired(state, now, this.deps.policy)) this.sent.delete(key);
    }, this.deps.policy.timeoutMs);
    this.pruner.unref();
  }

  /** A Typing frame from a client. Rejects with the ParleyError to answer it with. */
  fromClient(sink: EphemeralSink, userId: string, typing: parley.v1.ITyping): Promise<void> {
    const conversationId = typing.conversationId ?? '';
    const on = typing.on === true;
    const run = (this.chains.get(sink) ?? Promise.resolve()).then(() => this.handle(sink, userId, conversationId, on));
    this.chains.set(sink, run.catch(() => undefined));
    return run;
  }

  private async handle(sink: EphemeralSink, userId: string, conversationId: string, on: boolean): Promise<void> {
    if (!isId(conversationId)) throw new ParleyError('conversation_not_found', 'no such conversation');
    const members = await this.deps.membership.members(conversationId);
    if (!members) throw new ParleyError('conversation_not_found', 'no such conversation');
    if (!members.has(userId)) throw new ParleyError('not_member', 'you are not a member of this conversation');
    let mine = this.typingIn.get(sink);
    if (on) {
      if (!mine) this.typingIn.set(sink, (mine = { userId, conversations: new Set() }));
      mine.conversations.add(conversationId);
    } else {
      mine?.conversations.delete(conversationId);
    }
    this.decide(userId, conversationId, on);
  }

  private decide(userId: string, conversationId: string, on: boolean): void {
    const key = `${userId}/${conversationId}`;
    const { relay, next } = decideTyping(this.sent.get(key), on, Date.now(), this.deps.policy);
    if (next) this.sent.set(key, next);
    else this.sent.delete(key);
    if (relay) {
      this.deps.nc.publish(this.deps.names.typingSubject(conversationId), pb.Typing.encode({ conversationId, userId, on }).finish());
    }
  }

  /** The connection closed: watchers stop seeing it type. */
  disconnected(sink: EphemeralSink): void {
    const mine = this.typingIn.get(sink);
    if (!mine) return;
    this.typingIn.delete(sink);
    for (const conversationId of mine.conversations) {
      try {
        this.decide(mine.userId, conversationId, false);
      } catch (err) {
        this.deps.log.debug({ err }, 'typing off on close not relayed');
      }
    }
  }

  // --- receiving side ---

  private onRelayed(t: parley.v1.Typing): void {
    const key = `${t.conversationId}/${t.userId}`;
    const timer = this.shown.get(key);
    if (t.on) {
      if (timer) timer.refresh();
      else {
        const expiry = setTimeout(() => {
          this.shown.delete(key);
          this.deliver(t.conversationId, t.userId, false);
        }, this.deps.policy.timeoutMs);
        expiry.unref();
        this.shown.set(key, expiry);
      }
    } else if (timer) {
      clearTimeout(timer);
      this.shown.delete(key);
    }
    this.deliver(t.conversationId, t.userId, t.on);
  }

  /** Sends Typing to this gateway's devices of the conversation's members, except the typist's. */
  private deliver(conversationId: string, typist: string, on: boolean): void {
    const { local, membership, log } = this.deps;
    if (local.userCount === 0) return;
    membership.members(conversationId).then(
      (members) => {
        if (!members) return;
        let frame: Uint8Array | undefined;
        // Walk the smaller side: a large group's members, or this gateway's users.
        const candidates = members.size <= local.userCount ? members : local.users();
        for (const userId of candidates) {
          if (userId === typist || !members.has(userId)) continue;
          const sinks = local.of(userId);
          if (!sinks) continue;
          frame ??= pb.ServerFrame.encode({ id: 0, typing: { conversationId, userId: typist, on } }).finish();
          for (const sink of sinks) sink.pushFrame(frame);
        }
      },
      (err: unknown) => log.warn({ err }, 'typing not delivered: membership lookup failed'),
    );
  }

  close(): void {
    clearInterval(this.pruner);
    for (const t of this.shown.values()) clearTimeout(t);
    this.shown.clear();
    this.sub?.unsubscribe();
  }
}
