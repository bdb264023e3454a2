// The notifier role: decides who gets a push for each message and hands the pushes to the
// PushDispatcher. It consumes the CONV stream through a durable consumer (one read per
// message, whatever the number of members; large groups included), waits until the
// conversations projection has committed what it read, then asks the read models who was a
// member at the message's position and has a push token, drops the sender, muted
// conversations and members who already read it, asks the PresenceStore which of the rest
// have a connected device, and dispatches to the others. Messages are acknowledged once their
// pushes are queued, so a crash before that pushes them again (at least once; the feed, not
// the push, is the record).
import { setTimeout as sleep } from 'node:timers/promises';
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager, type JetStreamClient, type JsMsg } from '@nats-io/jetstream';
import { dropDeadPushToken } from '../commands/devices.js';
import type { PresenceStore } from '../presence/presence-store.js';
import { ProgressWatcher } from '../projections/progress.js';
import { pushTokensOf } from '../projections/users/queries.js';
import { dispatcherSettingsFromConfig, pushNotification, PushDispatcher, type PushProvider, type PushTarget } from '../push/index.js';
import type { Config } from '../shared/config.js';
import type { Db } from '../shared/db.js';
import { decodeEvent, type MessagePosted } from '../shared/events.js';
import type { Logger } from '../shared/log.js';
import type { Names } from '../shared/names.js';
import { ensureNotifierConsumer } from './notifier-consumer.js';
import { pushContent } from './push-content.js';
import { wantsPush } from './push-recipients.js';
import { pushTargetsByUser } from './push-targets.js';
import { messageContexts, pushableMembers, unreadTotals, type MessageRef } from './queries.js';

export interface NotifierDeps {
  config: Config;
  nc: NatsConnection;
  db: Db;
  names: Names;
  presence: PresenceStore;
  providers: PushProvider[];
  log: Logger;
}

/** How long a batch waits for the conversations projection before it is retried later. */
const PROGRESS_WAIT_MS = 20_000;
/** A batch that failed comes back after this. */
const RETRY_DELAY_MS = 2_000;

interface Posted {
  msg: JsMsg;
  ref: MessageRef;
  event: MessagePosted;
}

export class Notifier {
  private readonly js: JetStreamClient;
  private readonly progress: ProgressWatcher;
  private readonly dispatcher: PushDispatcher;
  private readonly log: Logger;
  private readonly drops = new Set<Promise<void>>();
  /** The targets of the users of the batch being dispatched (one query for all of them). */
  private batchTargets: Map<string, PushTarget[]> | undefined;
  private closed = false;
  private stopCurrent: (() => void) | undefined;
  private loop: Promise<void> | undefined;

  constructor(private readonly deps: NotifierDeps) {
    const { config, nc, db, names } = deps;
    this.log = deps.log.child({ role: 'notifier' });
    this.js = jetstream(nc);
    this.progress = new ProgressWatcher(nc, db, names);
    this.progress.watch('conversations');
    this.dispatcher = new PushDispatcher({
      ...dispatcherSettingsFromConfig(config),
      providers: deps.providers,
      targets: (userId) => this.targets(userId),
      onInvalidToken: (userId, target) => this.dropToken(userId, target),
      log: this.log,
    });
  }

  async start(): Promise<void> {
    const jsm = await jetstreamManager(this.deps.nc);
    await ensureNotifierConsumer(jsm, this.deps.names, this.deps.config.NOTIFY_BATCH);
    this.loop = this.run();
  }

  /**
   * Stops reading (what was read and not acknowledged comes back to the next notifier), lets
   * queued pushes and their retries go on for NOTIFY_DRAIN_MS, then closes the providers.
   */
  async close(): Promise<void> {
    this.closed = true;
    this.stopCurrent?.();
    await this.loop;
    await this.dispatcher.close({ drainMs: this.deps.config.NOTIFY_DRAIN_MS });
    await Promise.all(this.deps.providers.map((p) => p.close()));
    await Promise.allSettled([...this.drops]);
    this.progress.close();
  }

  private async run(): Promise<void> {
    let backoff = 100;
    while (!this.closed) {
      try {
        await this.consume();
        backoff = 100;
      } catch (err) {
        if (this.closed) break;
        this.log.error({ err }, 'notifier consumer failed; restarting');
        await sleep(backoff);
        backoff = Math.min(backoff * 2, 5000);
      }
    }
  }

  /** Reads batches as they come: what arrived while a batch was handled makes the next one. */
  private async consume(): Promise<void> {
    const { names, config } = this.deps;
    const consumer = await this.js.consumers.get(names.convStream, names.notifierConsumer);
    const messages = await consumer.consume({ max_messages: config.NOTIFY_BATCH * 2 });
    this.stopCurrent = () => void messages.stop();
    if (this.closed) messages.stop();
    const buffer: JsMsg[] = [];
    let flushing: Promise<void> | undefined;
    const flush = async (): Promise<void> => {
      await new Promise((r) => setImmediate(r));
      try {
        while (buffer.length > 0 && !this.closed) await this.handle(buffer.splice(0, config.NOTIFY_BATCH));
      } finally {
        flushing = undefined;
      }
    };
    for await (const m of messages) {
      if (this.closed) break;
      buffer.push(m);
      flushing ??= flush();
      if (buffer.length >= config.NOTIFY_BATCH * 2) await flushing;
    }
    await flushing;
    // Read but not handled (closing): back to the consumer now rather than after ack_wait.
    for (const m of buffer.splice(0)) m.nak();
  }

  /** One batch: pushes queued, then every message acknowledged; or all retried later. */
  private async handle(batch: JsMsg[]): Promise<void> {
    try {
      await this.notify(this.posted(batch));
      for (const m of batch) m.ack();
    } catch (err) {
      this.log.warn({ err, messages: batch.length }, 'notifying failed; the batch comes back later');
      for (const m of batch) m.nak(RETRY_DELAY_MS);
    }
  }

  /** The batch's messages worth a push: posted, and recent enough to still matter. */
  private posted(batch: JsMsg[]): Posted[] {
    const prefix = `${this.deps.names.prefix}.conv.`;
    const oldest = Date.now() - this.deps.config.NOTIFY_MAX_AGE_S * 1000;
    const out: Posted[] = [];
    for (const msg of batch) {
      if (msg.info.timestampNanos / 1e6 < oldest) continue;
      let event;
      try {
        event = decodeEvent(msg.data);
      } catch {
        continue; // not ours; the projector skips it too
      }
      if (event.body !== 'messagePosted' || !event.messagePosted) continue;
      out.push({ msg, ref: { conversationId: msg.subject.slice(prefix.length), seq: msg.seq }, event: event.messagePosted as MessagePosted });
    }
    return out;
  }

  private async notify(posted: Posted[]): Promise<void> {
    if (posted.length === 0) return;
    const { db, config } = this.deps;
    await this.progress.waitFor('conversations', posted[posted.length - 1]!.msg.seq, PROGRESS_WAIT_MS);
    const refs = posted.map((p) => p.ref);
    const [contexts, members] = await Promise.all([messageContexts(db, refs), pushableMembers(db, refs)]);
    const now = Date.now();
    const recipients = posted.map((p, i) => {
      if (!contexts.has(i)) return []; // the fold dropped it
      const message = { seq: p.ref.seq, senderId: p.event.senderId };
      return (members.get(i) ?? []).filter((m) => wantsPush(m, message, now)).map((m) => m.userId);
    });
    const offline = await this.offline([...new Set(recipients.flat())]);
    if (offline.size === 0) return;
    const users = [...offline];
    const [badges, tokens] = await Promise.all([unreadTotals(db, users), pushTokensOf(db, users)]);
    this.batchTargets = pushTargetsByUser(tokens);
    try {
      const queued: Array<Promise<unknown>> = [];
      posted.forEach((p, i) => {
        const ctx = contexts.get(i);
        if (!ctx) return;
        const { title, text } = pushContent({ ...ctx, text: p.event.text, mediaCount: p.event.mediaIds.length });
        for (const userId of recipients[i]!) {
          if (!offline.has(userId)) continue;
          const badge = badges.get(userId);
          const input = {
            userId,
            conversationId: p.ref.conversationId,
            messageId: p.event.messageId,
            title,
            text,
            sound: 'default',
            data: { type: 'message', sender_id: p.event.senderId, seq: String(p.ref.seq) },
            ...(badge === undefined ? {} : { badge }),
          };
          // In log order: the dispatcher numbers notifications as they come, newest wins.
          queued.push(this.dispatcher.dispatch(pushNotification(input, config.PUSH_PREVIEW_CHARS)));
        }
      });
      await Promise.all(queued);
    } finally {
      this.batchTargets = undefined;
    }
  }

  /**
   * The users with no connected device: no presence session in Redis (a device that connected
   * or heartbeated within PRESENCE_TIMEOUT_MS and has not closed gracefully or been revoked).
   * If Redis cannot say, everyone counts as offline: a push too many beats a push missed.
   */
  private async offline(userIds: string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    try {
      const states = await this.deps.presence.read(userIds);
      return new Set(userIds.filter((id) => states.get(id)?.online !== true));
    } catch (err) {
      this.log.warn({ err }, 'presence unavailable; pushing to everyone');
      return new Set(userIds);
    }
  }

  private async targets(userId: string): Promise<readonly PushTarget[]> {
    if (this.batchTargets) return this.batchTargets.get(userId) ?? [];
    return pushTargetsByUser(await pushTokensOf(this.deps.db, [userId])).get(userId) ?? [];
  }

  /** A provider called the token dead: an event removes it (unless the device has another by then). */
  private dropToken(userId: string, target: PushTarget): Promise<void> {
    if (target.deviceId === undefined) return Promise.resolve();
    const { names } = this.deps;
    const drop = dropDeadPushToken({ js: this.js, names, now: Date.now }, { userId, deviceId: target.deviceId, token: target.token });
    const tracked = drop.finally(() => this.drops.delete(tracked));
    this.drops.add(tracked);
    return tracked;
  }
}
