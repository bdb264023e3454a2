// A clean rebuild to compare a live system with: the projections run again over the same
// streams into a fresh Postgres schema (the device feed with them), with live sends going to
// a throwaway prefix. Whatever the live projector did (crashes, restarts, replayed batches),
// its read models and its feed must end identical to this.
// (The operator's `parley replay/verify` is another piece of work; this is the test's own.)
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { sql } from 'kysely';
import type { Config } from '../../src/shared/config.js';
import { createDb, ensureSchema, type Db } from '../../src/shared/db.js';
import { createLogger } from '../../src/shared/log.js';
import { namesFor } from '../../src/shared/names.js';
import { connectNats, ensureStreams } from '../../src/shared/nats.js';
import { migrateToLatest } from '../../src/projections/migrations.js';
import { readCheckpoint } from '../../src/projections/checkpoints.js';
import { runProjection, type RunningProjection } from '../../src/projections/runner.js';
import { usersProjection } from '../../src/projections/users/projection.js';
import { conversationsProjection } from '../../src/projections/conversations/projection.js';
import { FeedWriter } from '../../src/projections/conversations/feed-writer.js';
import { until } from './clients.js';
import { testConfig } from './env.js';

/** The last sequence of each source stream, by projection name. */
export async function streamEnds(nc: NatsConnection, config: Config): Promise<{ users: number; conversations: number }> {
  const names = namesFor(config.PARLEY_PREFIX);
  const jsm = await jetstreamManager(nc);
  return {
    users: (await jsm.streams.info(names.usersStream)).state.last_seq,
    conversations: (await jsm.streams.info(names.convStream)).state.last_seq,
  };
}

/** Waits until every projection's committed checkpoint in db has reached the end of its stream. */
export async function waitCaughtUp(db: Db, nc: NatsConnection, config: Config, timeoutMs = 30_000): Promise<void> {
  const ends = await streamEnds(nc, config);
  await until(
    async () => (await readCheckpoint(db, 'users')) >= ends.users && (await readCheckpoint(db, 'conversations')) >= ends.conversations,
    timeoutMs,
    'the projections reach the end of their streams',
  );
}

/**
 * Rebuilds the read models and the feed of `live` from its streams into a fresh schema, live
 * sends going to a fresh prefix. Returns that config (clean it up with
 * cleanup()) once the rebuild has reached the streams' current ends.
 */
export async function cleanRebuild(live: Config): Promise<Config> {
  const replay = testConfig({ NATS_URL: live.NATS_URL, DATABASE_URL: live.DATABASE_URL, REDIS_URL: live.REDIS_URL });
  const sourceNames = namesFor(live.PARLEY_PREFIX);
  const replayNames = namesFor(replay.PARLEY_PREFIX);
  const nc = await connectNats(replay, 'parley-test-replay');
  const db = createDb(replay);
  const projections: RunningProjection[] = [];
  const feed = new FeedWriter(nc, replayNames, db);
  try {
    await ensureStreams(nc, replay, replayNames);
    await ensureSchema(db, replay.PG_SCHEMA);
    await migrateToLatest(db, replay.PG_SCHEMA);
    // The same projections `parley project` runs (src/roles.ts), reading the live streams.
    const deps = { nc, db, names: sourceNames, log: createLogger('silent'), batchSize: live.PROJECTOR_BATCH };
    projections.push(runProjection(deps, usersProjection(sourceNames)));
    projections.push(runProjection(deps, conversationsProjection(sourceNames, feed)));
    for (const p of projections) await p.start();
    await waitCaughtUp(db, nc, live);
  } finally {
    for (const p of projections) await p.close();
    feed.close();
    await nc.drain();
    await db.destroy();
  }
  return replay;
}

/** Every table of a schema (except the migrator's own), each as sorted JSON rows. */
export async function dumpTables(config: Config): Promise<Record<string, string[]>> {
  const db = createDb(config, { max: 1 });
  try {
    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.tables
      where table_schema = ${config.PG_SCHEMA} and table_type = 'BASE TABLE' and table_name not like 'kysely_%'
      order by table_name`.execute(db);
    const out: Record<string, string[]> = {};
    for (const { table_name } of tables.rows) {
      const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table_name)}`.execute(db);
      out[table_name] = rows.rows.map((r) => JSON.stringify(r)).sort();
    }
    return out;
  } finally {
    await db.destroy();
  }
}
