// The gateway role: REST and WebSocket on one HTTP port. Building is separate from
// listening, so tests listen on port 0.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as uWS from 'uWebSockets.js';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { Kvm } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/transport-node';
import type { CommandContext } from '../commands/context.js';
import { MembershipCache } from '../commands/membership.js';
import { ReceiptRecorder } from '../commands/receipts.js';
import { DeliveryReporter } from './delivery-reporter.js';
import { MessageSender } from '../commands/send-message.js';
import { AckPublisher } from '../shared/ack-publisher.js';
import type { Config } from '../shared/config.js';
import type { Db } from '../shared/db.js';
import type { Logger } from '../shared/log.js';
import type { Names } from '../shared/names.js';
import type { Redis } from '../shared/redis.js';
import { HiddenLastSeen } from '../presence/hidden-last-seen.js';
import { RedisPresenceStore } from '../presence/redis-presence-store.js';
import { ProgressWatcher } from '../projections/progress.js';
import { Authenticator } from './authenticator.js';
import { CloseCode } from './close-codes.js';
import type { Connection } from './connection.js';
import { CursorStore } from './cursor-store.js';
import { EntryHub, subscribeLive } from './entry-hub.js';
import { FeedReader } from './feed-reader.js';
import { observeRoutes, route } from './http.js';
import { GatewayMetrics } from './metrics.js';
import { projectorStatus } from '../ops/stream-status.js';
import { LocalSessions } from './local-sessions.js';
import { guardLiveFeed } from './live-feed-guard.js';
import { PresenceAnnouncer } from './presence-announcer.js';
import { PresenceHub } from './presence-hub.js';
import { PresenceSweeper } from './presence-sweeper.js';
import { DeviceRevocations } from './device-revocations.js';
import { LoginLimits } from './login-limits.js';
import { RateLimits } from './rate-limits.js';
import { ReadModelBarrier } from './read-model-barrier.js';
import { MediaService } from '../commands/media.js';
import { createMediaStore } from '../media/create-media-store.js';
import { MediaUrlSigner } from '../media/url-signer.js';
import { MEDIA_PROJECTION } from '../projections/media/projection.js';
import { MessageActions } from '../commands/message-actions.js';
import { restRoutes } from './routes/index.js';
import { socketRoute } from './socket.js';
import { staticFiles } from './static-files.js';
import { TokenService } from './tokens.js';
import { TypingRelay } from './typing-relay.js';

export interface GatewayDeps {
  config: Config;
  names: Names;
  nc: NatsConnection;
  db: Db;
  /** Presence; the caller closes it after the gateway. */
  redis: Redis;
  log: Logger;
}

export interface Gateway {
  listen(host: string, port: number): Promise<number>;
  close(): Promise<void>;
  /** Open WebSocket connections. */
  readonly connections: number;
}

export async function buildGateway(deps: GatewayDeps): Promise<Gateway> {
  const { config, names, nc, db, redis, log } = deps;
  const js = jetstream(nc);
  const jsm = await jetstreamManager(nc);
  const progress = new ProgressWatcher(nc, db, names);
  progress.watch('users');
  progress.watch('conversations');
  progress.watch(MEDIA_PROJECTION);
  const publisher = new AckPublisher(nc);
  const ctx: CommandContext = { js, jsm, publisher, db, names, config, progress, now: Date.now };
  const auth = new Authenticator(new TokenService(config.JWT_SECRET, config.TOKEN_TTL_S), db);
  const membership = new MembershipCache(db, nc, names);
  const mediaStore = createMediaStore(config, nc, names);
  await mediaStore.init();
  const media = new MediaService(ctx, mediaStore, membership, log);
  const mediaUrls = new MediaUrlSigner(config.MEDIA_URL_SECRET ?? config.JWT_SECRET);
  const sender = new MessageSender(ctx, membership, media);
  const actions = new MessageActions(ctx);
  const receipts = new ReceiptRecorder(ctx, membership);
  const deliveries = new DeliveryReporter(receipts, log, config.RECEIPT_FLUSH_MS);
  const kv = await new Kvm(nc).open(names.cursorBucket);
  // Positions are written only after the deliveries of the Acks they cover are recorded.
  const cursorSubject = `$KV.${names.cursorBucket}.`;
  const cursors = new CursorStore(kv, log, {
    intervalMs: config.POSITION_WRITE_MS,
    beforeWrite: (urgent) => deliveries.flush(urgent),
    put: (deviceId, value) => publisher.publish(cursorSubject + deviceId, Buffer.from(value)),
  });
  // Users' feeds and large groups' messages, live: one subscription to the projector's
  // batches, made before any socket listens.
  const hub = new EntryHub();
  const groupHub = new EntryHub();
  subscribeLive(nc, names, hub, groupHub, log);
  await nc.flush();
  const reader = new FeedReader(config.CATCHUP_BATCH, db);
  const readModel = new ReadModelBarrier(jsm, names, progress, log);
  const live = new Set<Connection>();
  guardLiveFeed(nc, names, live, log);

  const local = new LocalSessions();
  const store = new RedisPresenceStore(redis, names, { timeoutMs: config.PRESENCE_TIMEOUT_MS, lastSeenTtlMs: config.LAST_SEEN_TTL_S * 1000 });
  const announcer = new PresenceAnnouncer(nc, names, new HiddenLastSeen(db));
  const presence = new PresenceHub({
    nc,
    names,
    db,
    store,
    announcer,
    local,
    membership,
    log,
    heartbeatIntervalMs: config.HEARTBEAT_INTERVAL_MS,
    watchMaxMembers: config.PRESENCE_WATCH_MAX_MEMBERS,
    watchRefreshMs: config.PRESENCE_WATCH_REFRESH_S * 1000,
  });
  const sweeper = new PresenceSweeper(store, announcer, config.PRESENCE_SWEEP_INTERVAL_MS, log);
  const typing = new TypingRelay({
    nc,
    names,
    membership,
    local,
    log,
    policy: { minIntervalMs: config.TYPING_MIN_INTERVAL_MS, timeoutMs: config.TYPING_TIMEOUT_MS },
  });
  const revocations = new DeviceRevocations(nc, names, live, log);
  const limits = new RateLimits({
    // MarkRead appends to the log like Send: its own buckets, with Send's numbers.
    connection: {
      send: { ratePerS: config.SEND_RATE_PER_S, burst: config.SEND_BURST },
      markRead: { ratePerS: config.SEND_RATE_PER_S, burst: config.SEND_BURST },
      typing: { ratePerS: config.TYPING_RATE_PER_S, burst: config.TYPING_BURST },
    },
    user: {
      send: { ratePerS: config.USER_SEND_RATE_PER_S, burst: config.USER_SEND_BURST },
      markRead: { ratePerS: config.USER_SEND_RATE_PER_S, burst: config.USER_SEND_BURST },
      typing: { ratePerS: config.USER_TYPING_RATE_PER_S, burst: config.USER_TYPING_BURST },
    },
    maxConnectionsPerUser: config.MAX_CONNECTIONS_PER_USER,
  });
  await presence.start();
  await typing.start();
  await revocations.start();
  sweeper.start();

  const metrics = new GatewayMetrics({ connections: () => live.size, projectors: () => projectorStatus(nc, db, names) });
  progress.onBatch = (projection, batch) => metrics.projectorBatch(projection, batch);
  const app = uWS.App();
  observeRoutes(app, metrics);
  // Liveness: the process answers. Readiness: every dependency answers and the read models
  // are close enough to the log that reads after writes do not time out.
  app.get('/healthz', (res) => {
    res.cork(() => res.writeHeader('content-type', 'application/json').end('{"ok":true}'));
  });
  route(app, log, 'get', '/readyz', async () => {
    const checks = await readiness({ nc, db, redis, names, maxLag: config.READY_MAX_LAG });
    const ok = Object.values(checks).every((c) => c.ok);
    return { status: ok ? 200 : 503, body: { ok, checks } };
  });
  app.get('/metrics', (res) => {
    let aborted = false;
    res.onAborted(() => (aborted = true));
    metrics.text().then(
      (text) => {
        if (!aborted) res.cork(() => res.writeHeader('content-type', metrics.registry.contentType).end(text));
      },
      (err: unknown) => {
        log.error({ err }, 'metrics failed');
        if (!aborted) res.cork(() => res.writeStatus('500 Internal Server Error').end());
      },
    );
  });
  const logins = new LoginLimits({ ratePerS: config.LOGIN_ATTEMPTS_PER_MIN / 60, burst: config.LOGIN_BURST });
  const routeDeps = { ctx, auth, sender, actions, receipts, membership, presence: store, media, mediaUrls, limits, logins, log };
  restRoutes(app, routeDeps);
  socketRoute(
    app,
    {
      auth,
      sender,
      actions,
      hub,
      reader,
      cursors,
      receipts,
      deliveries,
      groupHub,
      readModel,
      db,
      presence,
      typing,
      revocations,
      catchUpBatch: config.CATCHUP_BATCH,
      log,
      heartbeatIntervalMs: config.HEARTBEAT_INTERVAL_MS,
      maxFrameBytes: config.MAX_FRAME_BYTES,
      maxBackpressureBytes: config.MAX_BACKPRESSURE_BYTES,
      limits,
      metrics,
    },
    live,
  );
  // The web client (web/): GET and HEAD outside /v1/ are files of its bundle.
  const webFiles = staticFiles(resolve(config.WEB_DIR ?? fileURLToPath(new URL('../../web/dist', import.meta.url))));
  app.any('/*', (res, req) => {
    const method = req.getMethod();
    if ((method === 'get' || method === 'head') && !req.getUrl().startsWith('/v1/')) return webFiles(res, req);
    res.cork(() =>
      res.writeStatus('404 Not Found').writeHeader('content-type', 'application/json').end(JSON.stringify({ error: { code: 'not_found', message: 'no such route' } })),
    );
  });

  let listenSocket: uWS.us_listen_socket | undefined;
  return {
    get connections() {
      return live.size;
    },
    listen(host, port) {
      return new Promise((resolve, reject) => {
        app.listen(host, port, (s) => {
          if (!s) return reject(new Error(`cannot listen on ${host}:${port}`));
          listenSocket = s;
          resolve(uWS.us_socket_local_port(s));
        });
      });
    },
    async close() {
      if (listenSocket) uWS.us_listen_socket_close(listenSocket);
      listenSocket = undefined;
      for (const conn of [...live]) conn.close(CloseCode.shuttingDown, 'server shutting down');
      // Sessions closed by the server stay in Redis: their devices reconnect to another
      // gateway, or the sweep of one announces them offline.
      revocations.close();
      typing.close();
      await sweeper.close();
      await presence.close();
      await cursors.close();
      await deliveries.close();
      progress.close();
      membership.close();
      publisher.close();
      limits.close();
      logins.close();
      app.close();
    },
  };
}

interface Check {
  ok: boolean;
  error?: string;
  [detail: string]: unknown;
}

/** A dependency that does not answer within this is not ready (NATS calls wait through reconnects). */
const CHECK_TIMEOUT_MS = 2000;

async function check(work: () => Promise<Record<string, unknown> | void>): Promise<Check> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    return { ok: true, ...((await Promise.race([work(), timeout])) ?? {}) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  } finally {
    clearTimeout(timer);
  }
}

/** /readyz: NATS, Postgres and Redis answer, and no projector is more than maxLag events behind its stream. */
async function readiness(deps: { nc: NatsConnection; db: Db; redis: Redis; names: Names; maxLag: number }): Promise<Record<string, Check>> {
  const [nats, postgres, redis, projectors] = await Promise.all([
    check(() => deps.nc.flush()),
    check(async () => void (await deps.db.selectNoFrom((eb) => eb.lit(1).as('one')).execute())),
    check(async () => void (await deps.redis.ping())),
    check(async () => {
      const lag = await projectorStatus(deps.nc, deps.db, deps.names);
      const behind = lag.filter((p) => p.lag > deps.maxLag);
      if (behind.length > 0) throw new Error(`behind by more than ${deps.maxLag} events: ${behind.map((p) => `${p.name} (${p.lag})`).join(', ')}`);
      return { lag: Object.fromEntries(lag.map((p) => [p.name, p.lag])) };
    }),
  ]);
  return { nats, postgres, redis, projectors };
}
