// Read-your-writes waits (src/projections/progress.ts) against real NATS and Postgres.
import test from 'ava';
import { ProgressWatcher } from '../src/projections/progress.js';
import { createDb } from '../src/shared/db.js';
import { ParleyError } from '../src/shared/errors.js';
import { namesFor } from '../src/shared/names.js';
import { connectNats } from '../src/shared/nats.js';
import { cleanup, prepare, testConfig } from './helpers/env.js';

test('a wait under way fails at once when the watcher closes (unavailable), not at its timeout; so does one started after', async (t) => {
  const config = testConfig();
  await prepare(config);
  const nc = await connectNats(config, 'test');
  const db = createDb(config, { max: 2 });
  try {
    const names = namesFor(config.PARLEY_PREFIX);
    const watcher = new ProgressWatcher(nc, db, names);
    watcher.watch('conversations');
    // An announcement moves a wait on.
    const met = watcher.waitFor('conversations', 5, 5000);
    await new Promise((r) => setTimeout(r, 200));
    nc.publish(names.progressSubject('conversations'), '7');
    await t.notThrowsAsync(met);

    const started = Date.now();
    const waiting = watcher.waitFor('conversations', 1_000_000, 10_000);
    await new Promise((r) => setTimeout(r, 200));
    // Closed while this one still reads the checkpoint, before it listens: no unhandled rejection.
    const reading = watcher.waitFor('conversations', 2_000_000, 10_000);
    watcher.close();
    for (const w of [waiting, reading]) {
      const err = await t.throwsAsync(w);
      t.true(err instanceof ParleyError && err.code === 'unavailable', String(err));
    }
    t.true(Date.now() - started < 2000, 'failed at once, not after 10 s');
    await t.throwsAsync(watcher.waitFor('conversations', 1_000_000, 10_000), { message: /shutting down/ });
  } finally {
    await nc.close();
    await db.destroy();
    await cleanup(config);
  }
});
