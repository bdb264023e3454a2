// The roles of the parley process. Each returns { close } and shuts down in order:
// listen socket and sockets, then the notifier (stops reading, drains its pushes), then the
// media worker (finishes the image it renders), then projectors, then the NATS connection (drained), then Redis (gateway and notifier), then
// Postgres.
import type { NatsConnection } from '@nats-io/transport-node';
import type { Config } from './shared/config.js';
import { createDb, ensureSchema, type Db } from './shared/db.js';
import type { Logger } from './shared/log.js';
import { namesFor, type Names } from './shared/names.js';
import { connectNats, ensureStreams } from './shared/nats.js';
import { connectRedis } from './shared/redis.js';
import { migrateToLatest } from './projections/migrations.js';
import { runProjection, type RunningProjection } from './projections/runner.js';
import { usersProjection } from './projections/users/projection.js';
import { conversationsProjection } from './projections/conversations/projection.js';
import { FeedWriter } from './projections/conversations/feed-writer.js';
import { startProjectorThread } from './projector-thread.js';
import { startNotifier } from './notify/start-notifier.js';
import { mediaProjection } from './projections/media/projection.js';
import { startMediaWorker, type MediaWorker } from './media/media-worker.js';

export interface Roles {
  gateway: boolean;
  projector: boolean;
  /** Push notifications (needs Redis for presence; idle when no PUSH_* provider is configured). */
  notifier?: boolean;
  /** Previews and thumbnails of images, and orphan collection (the media worker). */
  mediaWorker?: boolean;
  /** Run the projectors in a worker thread of this process (what `parley serve` does). */
  projectorThread?: boolean;
}

export interface Running {
  port: number | undefined;
  /** The media worker, when this process runs it outside a projector thread. */
  mediaWorker?: MediaWorker;
  close(): Promise<void>;
}

/** Creates the streams and runs the migrations. Idempotent. */
export async function setup(config: Config, nc: NatsConnection, db: Db, names: Names): Promise<void> {
  await ensureStreams(nc, config, names);
  await ensureSchema(db, config.PG_SCHEMA);
  await migrateToLatest(db, config.PG_SCHEMA);
}

export async function runSetup(config: Config, log: Logger): Promise<void> {
  const nc = await connectNats(config, 'parley-setup');
  const db = createDb(config, { max: 2 });
  try {
    await setup(config, nc, db, namesFor(config.PARLEY_PREFIX));
    log.info({ schema: config.PG_SCHEMA, prefix: config.PARLEY_PREFIX }, 'streams and schema are ready');
  } finally {
    await nc.drain();
    await db.destroy();
  }
}

/** Starts the roles; streams and tables are set up first unless the caller already did. */
export async function start(config: Config, log: Logger, roles: Roles, opts: { setUp?: boolean } = {}): Promise<Running> {
  const names = namesFor(config.PARLEY_PREFIX);
  const nc = await connectNats(config, `parley-${process.pid}`);
  const db = createDb(config);
  if (opts.setUp !== true) await setup(config, nc, db, names);

  const projections: RunningProjection[] = [];
  let feedWriter: FeedWriter | undefined;
  // The notifier runs next to the projectors: in their thread when they have one.
  const thread =
    roles.projector && roles.projectorThread
      ? await startProjectorThread(config, log, { notifier: roles.notifier === true, mediaWorker: roles.mediaWorker === true })
      : undefined;
  if (roles.projector && !thread) {
    const deps = { nc, db, names, log, batchSize: config.PROJECTOR_BATCH };
    // Gateways close the sockets of removed devices (revoked, or their user deleted).
    const revoked = (ids: string[]) => nc.publish(names.revokedSubject, ids.join(' '));
    projections.push(runProjection(deps, usersProjection(names, revoked)));
    feedWriter = new FeedWriter(nc, names, db, config.FEED_MAX_AGE_S, log);
    // Gateways drop their cached member lists of these conversations.
    const announce = (ids: string[]) => nc.publish(names.membershipSubject, ids.join(' '));
    projections.push(runProjection(deps, conversationsProjection(names, feedWriter, announce)));
    projections.push(runProjection(deps, mediaProjection(names)));
    for (const p of projections) await p.start();
  }

  // Redis holds presence: the gateway keeps it, the notifier asks it who is connected.
  const runsNotifier = roles.notifier === true && !thread;
  const redis = roles.gateway || runsNotifier ? await connectRedis(config, `parley-${process.pid}`) : undefined;
  const notifier = runsNotifier ? await startNotifier({ config, nc, db, names, redis: redis!, log }) : undefined;
  const mediaWorker = roles.mediaWorker === true && !thread ? await startMediaWorker({ config, nc, db, names, log }) : undefined;
  let port: number | undefined;
  // Imported only when needed, so the projector thread never loads uWebSockets.js: with the
  // addon loaded in both threads, bursts of connections to the main thread's server saw
  // sockets closed abnormally (1006).
  const gateway = roles.gateway ? await (await import('./gateway/gateway.js')).buildGateway({ config, names, nc, db, redis: redis!, log }) : undefined;
  if (gateway) port = await gateway.listen(config.HOST, config.PORT);

  let closing: Promise<void> | undefined;
  return {
    port,
    ...(mediaWorker ? { mediaWorker } : {}),
    close() {
      closing ??= (async () => {
        await gateway?.close();
        await thread?.close();
        await notifier?.close();
        await mediaWorker?.close();
        await Promise.all(projections.map((p) => p.close()));
        feedWriter?.close();
        await nc.drain().catch(() => undefined);
        await redis?.quit().catch(() => undefined);
        await db.destroy();
      })();
      return closing;
    },
  };
}
