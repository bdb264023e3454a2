// One projector at a time: two runners of the same projection (two `parley project`
// processes, say) against the real NATS and Postgres. The second stands by while the first
// holds the lock and takes over from the checkpoint once it stops: every event is applied
// exactly once, in order, by one of them.
import { hostname } from 'node:os';
import test from 'ava';
import { connect } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { sql } from 'kysely';
import { encodeEvent } from '../src/shared/events.js';
import { namesFor } from '../src/shared/names.js';
import { createDb } from '../src/shared/db.js';
import { createLogger } from '../src/shared/log.js';
import { readCheckpoint } from '../src/projections/checkpoints.js';
import { projectionHolders, runProjection, type Projection, type StoredEvent } from '../src/projections/runner.js';
import { until } from './helpers/clients.js';
import { cleanup, prepare, testConfig } from './helpers/env.js';

test('a second projector stands by while the first holds the lock, then takes over from the checkpoint', async (t) => {
  const config = testConfig();
  await prepare(config);
  const nc = await connect({ servers: config.NATS_URL });
  const db = createDb(config, { max: 4 });
  const names = namesFor(config.PARLEY_PREFIX);
  const log = createLogger('silent');
  // A projection that notes which runner applied which stream sequence.
  const applied: Array<{ by: string; seq: number }> = [];
  const probe = (by: string): Projection => ({
    name: 'lock_probe',
    stream: names.convStream,
    filter: names.convFilter,
    async apply(_tx, batch: StoredEvent[]) {
      for (const e of batch) applied.push({ by, seq: e.seq });
    },
  });
  const deps = { nc, db, names, log, batchSize: 10 };
  const first = runProjection(deps, probe('first'));
  const second = runProjection(deps, probe('second'));
  const js = jetstream(nc);
  const publish = async (n: number) => {
    const seqs: number[] = [];
    for (let i = 0; i < n; i++) {
      const ack = await js.publish(names.convSubject('c1'), encodeEvent({ messagePosted: { messageId: `m${Math.random()}`, conversationId: 'c1', senderId: 'u1', text: 'x' } }));
      seqs.push(ack.seq);
    }
    return seqs;
  };
  try {
    await first.start();
    await until(() => first.active, 10_000, 'the first runner takes the lock');
    await second.start();
    const early = await publish(25);
    await until(() => applied.length === 25, 10_000, 'the first runner applies the first events');
    // Long enough for the second to have asked for the lock a few times.
    await new Promise((r) => setTimeout(r, 2500));
    t.false(second.active);
    t.deepEqual(applied, early.map((seq) => ({ by: 'first', seq })));
    // What `parley streams` and /metrics report: the lock's holder, this process.
    const holder = (await projectionHolders(db, ['lock_probe', 'nobody_applies_this'])).get('lock_probe');
    t.like(holder, { application: `parley ${hostname()}:${process.pid}`, address: '127.0.0.1' });
    t.false((await projectionHolders(db, ['nobody_applies_this'])).has('nobody_applies_this'));
    // Another role sees that the lock is held, without the session's details (and reading them does not fail).
    const role = `r_${config.PG_SCHEMA}`;
    await sql.raw(`create role ${role} login; grant usage on schema ${config.PG_SCHEMA} to ${role}`).execute(db);
    const url = new URL(config.DATABASE_URL);
    url.username = role;
    const other = createDb({ ...config, DATABASE_URL: url.toString() }, { max: 1 });
    try {
      const seen = (await projectionHolders(other, ['lock_probe'])).get('lock_probe');
      t.like(seen, { application: `parley ${hostname()}:${process.pid}`, address: null, since: null });
    } finally {
      await other.destroy();
      await sql.raw(`drop owned by ${role}; drop role ${role}`).execute(db);
    }

    await first.close();
    const late = await publish(25);
    await until(() => applied.length === 50, 15_000, 'the second runner takes over');
    t.true(second.active);
    t.deepEqual(applied.slice(25), late.map((seq) => ({ by: 'second', seq })), 'from the checkpoint on, each event once');
    t.is(await readCheckpoint(db, 'lock_probe'), late.at(-1)!);
  } finally {
    await first.close();
    await second.close();
    // Both let go of the lock: a third session can take it.
    t.is((await projectionHolders(db, ['lock_probe'])).size, 0, 'no holder once both stopped');
    const { rows } = await sql<{ ok: boolean }>`select pg_try_advisory_lock(hashtext('parley projector'), hashtext(current_schema() || '.lock_probe')) as ok`.execute(db);
    t.true(rows[0]?.ok);
    await db.destroy();
    await nc.close();
    await cleanup(config);
  }
});
