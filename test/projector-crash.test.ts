// Issue 7, point 2 (projector): kill -9 the projector role mid-stream, several times, while
// messages, receipts and read marks flow, and restart it. Its read models must end
// identical to a clean rebuild from the same streams (nothing lost, nothing applied twice),
// and its FEED identical to the rebuild's: no entry written twice for a (recipient,
// conversation seq) after a crash between the feed writes and the checkpoint commit.
import test from 'ava';
import type { ChildProcess } from 'node:child_process';
import type { ParleyClient } from '../src/sdk/client.js';
import { readCheckpoint } from '../src/projections/checkpoints.js';
import { createDb } from '../src/shared/db.js';
import { feedEntryHead } from '../src/shared/events.js';
import { connectNats } from '../src/shared/nats.js';
import { Api } from './helpers/api.js';
import { client } from './helpers/clients.js';
import { cleanup, prepare, spawnParley, startServer, testConfig, type TestServer } from './helpers/env.js';
import { cleanRebuild, dumpTables, streamEnds, waitCaughtUp } from './helpers/replay.js';
import { keepSending } from './helpers/traffic.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('kill -9 the projector mid-stream three times: read models and the feed end identical to a clean rebuild', async (t) => {
  const config = testConfig({ PROJECTOR_BATCH: '200' });
  await prepare(config);
  let server: TestServer | undefined;
  let projector: ChildProcess | undefined;
  let replay: typeof config | undefined;
  const clients: ParleyClient[] = [];
  t.teardown(async () => {
    for (const c of clients) c.close();
    projector?.kill('SIGKILL');
    await server?.running.close();
    await cleanup(config);
    if (replay) await cleanup(replay);
  });
  const startProjector = async () => {
    // One retry: the start-up migration check can trip over another test dropping its schema
    // on the shared Postgres at that moment (kysely's introspection lists every schema), which
    // is not what this test is about.
    const spawnOnce = () => spawnParley('project', config);
    projector = (await spawnOnce().catch(spawnOnce)).child;
  };
  await startProjector();
  server = await startServer(config, { gateway: true, projector: false });
  const api = new Api(server.http);
  const nc = await connectNats(config, 'parley-test-observer');
  const db = createDb(config, { max: 2 });
  t.teardown(async () => {
    await nc.close();
    await db.destroy();
  });

  const [a, b, c, d] = await Promise.all(['a', 'b', 'c', 'd'].map((x) => api.newUser(x)));
  const ab = await api.direct(a!, b!);
  const cd = await api.direct(c!, d!);
  const group = (await api.ok('POST', '/v1/conversations', { type: 'group', name: 'crash', participant_ids: [b!.user_id, c!.user_id, d!.user_id] }, a!.token)).conversation_id as string;
  const convsOf = [[ab, group], [ab, group], [cd, group], [cd, group]];
  const devices = [a!, b!, c!, d!].map((s) => client(server!.ws, s.token, { reconnectDelayMs: 50 }));
  for (const [i, dev] of devices.entries()) {
    clients.push(dev);
    // Everyone reads what arrives now and then: MessagesRead events among the messages.
    let n = 0;
    dev.on('deliver', (x) => {
      if (x.event.body === 'messagePosted' && ++n % 7 === i) dev.markRead(x.conversationId, x.seq);
    });
    await dev.connect();
  }
  const senders = devices.map((dev, i) => keepSending(dev, convsOf[i]!, `u${i}`, 2, 25));

  // Kill at different moments after each start: during the first batches and in full flow.
  for (const afterMs of [700, 250, 1200]) {
    await sleep(afterMs);
    const ends = await streamEnds(nc, config);
    const at = await readCheckpoint(db, 'conversations');
    projector!.kill('SIGKILL');
    await new Promise((r) => projector!.once('exit', r));
    t.log(`kill -9 at conversations checkpoint ${at}, CONV end ${ends.conversations}`);
    await sleep(300);
    await startProjector();
  }
  await sleep(1000);
  const sent = (await Promise.all(senders.map((s) => s.stop()))).flat();
  t.log(`${sent.length} messages sent`);
  // Quiet: the devices' last acks become receipts, then the gateway stops writing.
  for (const dev of devices) dev.close();
  await sleep(config.RECEIPT_FLUSH_MS + 500);
  await server.running.close();
  server = undefined;
  await waitCaughtUp(db, nc, config);

  replay = await cleanRebuild(config);
  const [live, clean] = await Promise.all([dumpTables(config), dumpTables(replay)]);
  t.true((live.messages?.length ?? 0) >= sent.length, 'history has every Sent message');
  t.true((live.receipt_marks?.length ?? 0) > 0, 'receipts were part of the traffic');
  // feed_high records the last batch (its bounds depend on how the log was cut into batches)
  // and feed_marks when the counter stood where: neither is part of what a rebuild must equal.
  const batching = new Set(['feed_high', 'feed_marks']);
  for (const table of new Set([...Object.keys(live), ...Object.keys(clean)])) {
    if (!batching.has(table)) t.deepEqual(live[table], clean[table], `table ${table} is identical to a clean rebuild`);
  }

  // (dumpTables writes a bytea as a Buffer's JSON: { type, data: [bytes] })
  const feed = (live.feed_entries ?? []).map((r) => JSON.parse(r) as { user_id: string; data: { data: number[] } });
  t.true(feed.length > sent.length, 'the feed has entries');
  const pairs = feed.map((e) => `${e.user_id} ${feedEntryHead(Buffer.from(e.data.data)).seq}`);
  const seen = new Set<string>();
  t.deepEqual(pairs.filter((p) => seen.has(p) || !seen.add(p)), [], 'no (recipient, conversation seq) twice in the feed');
  t.is(JSON.parse(live.feed_high![0]!).high, JSON.parse(clean.feed_high![0]!).high, 'the counter stands where a clean rebuild has it');
});
