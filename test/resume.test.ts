// One feed per device, airtight (issue 4, point 1): while messages, receipts and membership
// changes keep coming, a device disconnects and reconnects many times, resuming with its own
// cursor or the one the server stored, sometimes leaving in the middle of its catch-up. What
// it kept must be exactly its feed (the FEED stream) and exactly the large group's history:
// in order, nothing missing, nothing twice.
import test, { type ExecutionContext } from 'ava';
import type { ParleyClient } from '../src/sdk/client.js';
import { client } from './helpers/clients.js';
import { RecordingDevice } from './helpers/device.js';
import { sleep } from './helpers/ephemeral.js';
import { serverFixture } from './helpers/fixture.js';
import { feedOf, historyOf, settled } from './helpers/truth.js';

const fx = serverFixture(test, { FEED_COPY_LIMIT: '3', RECEIPT_FLUSH_MS: '100' });

const SESSIONS = 70;
const DRIVE_MS = 9000;

/** A small deterministic generator, so a failing run can be repeated with its seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = Math.imul(s ^ (s >>> 15), 1 | s);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs step again and again, about every ms, until stop() is called; errors fail the test. */
function loop(ms: number, step: (i: number) => Promise<unknown>) {
  let running = true;
  const done = (async () => {
    for (let i = 0; running; i++) {
      await step(i);
      await sleep(ms / 2 + Math.random() * ms);
    }
  })();
  return async () => {
    running = false;
    await done;
  };
}

async function connected(t: ExecutionContext, ...clients: ParleyClient[]): Promise<void> {
  for (const c of clients) {
    t.teardown(() => c.close());
    await c.connect();
    await c.waitLive();
  }
}

/** Marks read up to the newest message this client received in the conversation. */
function reader(c: ParleyClient, conversationId: string): () => Promise<void> {
  let newest = 0;
  c.on('deliver', (d) => {
    if (d.conversationId === conversationId && d.event.body === 'messagePosted') newest = Math.max(newest, d.seq);
  });
  return async () => {
    if (newest > 0) c.markRead(conversationId, newest);
  };
}

/**
 * Reconnects the device SESSIONS times while the drivers run: each session lives 0-120 ms,
 * a third end abruptly (no close handshake, no last Ack), and after a clean close that
 * acknowledged everything about half resume from the server's stored position instead of
 * their own.
 */
async function churn(t: ExecutionContext, device: RecordingDevice, seed: number): Promise<void> {
  const rnd = random(seed);
  for (let i = 0; i < SESSIONS; i++) {
    const abrupt = rnd() < 0.33;
    const resume = device.canResumeStored && rnd() < 0.5 ? 'stored' : 'cursor';
    await device.session({ resume, lifetimeMs: Math.floor(rnd() * 120), abrupt });
    if (device.closeCodes.length > 0) {
      t.log(`server closed session ${device.sessions} with ${device.closeCodes.join(',')}`);
      device.closeCodes.length = 0;
    }
    await sleep(rnd() * 40);
  }
}

test('1:1: a device reconnecting 70 times during continuous traffic keeps exactly its feed, receipts and membership changes included', async (t) => {
  const seed = Date.now() & 0xffff;
  t.log(`seed ${seed}`);
  const { api } = fx;
  const alice = await api.newUser('alice');
  const bob = await api.newUser('bob');
  const carol = await api.newUser('carol');
  const bob2 = await api.login(bob.username, bob.password);
  const conv = await api.direct(alice, bob);
  // At most three members: below the copy limit, so everything about it is in the feed.
  const group = (await api.ok('POST', '/v1/conversations', { type: 'group', name: 'g', participant_ids: [bob.user_id] }, alice.token)).conversation_id;

  const a = client(fx.server.ws, alice.token);
  const b2 = client(fx.server.ws, bob2.token);
  await connected(t, a, b2);
  const aRead = reader(a, conv);
  const b2Read = reader(b2, conv);
  const device = new RecordingDevice(fx.server.ws, bob.token, 0);

  const stops = [
    loop(8, (i) => a.send(conv, `a${i}`)),
    loop(40, (i) => b2.send(conv, `b${i}`)),
    loop(40, (i) => a.send(group, `g${i}`)),
    loop(150, aRead),
    loop(250, b2Read),
    loop(120, async (i) => {
      if (i % 3 === 2) await api.ok('PATCH', `/v1/conversations/${group}`, { name: `g${i}` }, alice.token);
      else if (i % 3 === 0) await api.ok('POST', `/v1/conversations/${group}/participants`, { user_id: carol.user_id }, alice.token);
      else await api.ok('DELETE', `/v1/conversations/${group}/participants/${carol.user_id}`, undefined, alice.token);
    }),
  ];
  const started = Date.now();
  await Promise.all([churn(t, device, seed), sleep(DRIVE_MS)]);
  for (const stop of stops) await stop();
  a.close();
  b2.close();
  t.log(`${device.sessions} sessions in ${Date.now() - started} ms (${JSON.stringify(device.stats)}), ${device.caughtUps} reached CaughtUp`);

  const truth = await settled(() => feedOf(fx.server.config, bob.user_id));
  const last = truth.at(-1)!.cursor;
  await device.session({ resume: 'cursor', lifetimeMs: 15_000, abrupt: false, untilQuiet: () => device.cursor >= last });

  t.deepEqual(device.problems, []);
  t.deepEqual(
    device.feed.map((e) => e.cursor),
    truth.map((e) => e.cursor),
    'the device kept every entry of its feed, in order, once',
  );
  const history = await historyOf(api, conv, bob.token);
  t.deepEqual(
    device.feed.filter((e) => e.conversationId === conv && e.kind === 'messagePosted').map((e) => e.text),
    history.map((m) => m.text),
    'and every message of the conversation, as history has them',
  );
  const kinds = new Set(device.feed.map((e) => e.kind));
  for (const kind of ['messagePosted', 'messagesDelivered', 'messagesRead', 'membersAdded', 'memberRemoved', 'conversationRenamed']) {
    t.true(kinds.has(kind), `the feed had ${kind} entries`);
  }
  t.log(`${device.feed.length} feed entries, ${history.length} messages in the conversation`);
});

test('large group: a device reconnecting 70 times during continuous traffic keeps exactly the group\'s history and its feed', async (t) => {
  const seed = Date.now() & 0xffff;
  t.log(`seed ${seed}`);
  const { api } = fx;
  const users = await Promise.all(['alice', 'bob', 'carol', 'dave', 'erin', 'frank'].map((n) => api.newUser(n)));
  const [alice, bob, carol, , , frank] = users as [(typeof users)[0], (typeof users)[0], (typeof users)[0], unknown, unknown, (typeof users)[0]];
  const bob2 = await api.login(bob.username, bob.password);
  // Five members, above the copy limit of 3: a large group from its creation.
  const members = users.slice(1, 5).map((u) => u.user_id);
  const group = (await api.ok('POST', '/v1/conversations', { type: 'group', name: 'big', participant_ids: members }, alice.token)).conversation_id;

  const a = client(fx.server.ws, alice.token);
  const c = client(fx.server.ws, carol.token);
  const b2 = client(fx.server.ws, bob2.token);
  await connected(t, a, c, b2);
  const cRead = reader(c, group);
  const b2Read = reader(b2, group);
  const device = new RecordingDevice(fx.server.ws, bob.token, 0);

  const stops = [
    loop(8, (i) => a.send(group, `a${i}`)),
    loop(30, (i) => c.send(group, `c${i}`)),
    loop(40, (i) => b2.send(group, `b${i}`)),
    loop(200, cRead),
    loop(250, b2Read),
    loop(150, async (i) => {
      if (i % 2 === 0) await api.ok('POST', `/v1/conversations/${group}/participants`, { user_id: frank.user_id }, alice.token);
      else await api.ok('DELETE', `/v1/conversations/${group}/participants/${frank.user_id}`, undefined, alice.token);
    }),
  ];
  const started = Date.now();
  await Promise.all([churn(t, device, seed), sleep(DRIVE_MS)]);
  for (const stop of stops) await stop();
  for (const x of [a, c, b2]) x.close();
  t.log(`${device.sessions} sessions in ${Date.now() - started} ms (${JSON.stringify(device.stats)}), ${device.caughtUps} reached CaughtUp`);

  const history = await settled(() => historyOf(api, group, bob.token));
  const truth = await settled(() => feedOf(fx.server.config, bob.user_id));
  const lastSeq = history.at(-1)!.seq;
  const lastCursor = truth.at(-1)!.cursor;
  await device.session({
    resume: 'cursor',
    lifetimeMs: 15_000,
    abrupt: false,
    untilQuiet: () => (device.groupPositions.get(group) ?? 0) >= lastSeq && device.cursor >= lastCursor,
  });

  t.deepEqual(device.problems, []);
  t.deepEqual(
    (device.groups.get(group) ?? []).map((e) => e.seq),
    history.map((m) => Number(m.seq)),
    'the device kept every message of the group, in order, once',
  );
  t.true(device.feed.every((e) => !(e.conversationId === group && e.kind === 'messagePosted')), 'no feed copies of the group\'s messages');
  t.deepEqual(
    device.feed.map((e) => e.cursor),
    truth.map((e) => e.cursor),
    'and every entry of its feed',
  );
  const kinds = new Set(device.feed.map((e) => e.kind));
  for (const kind of ['messagesDelivered', 'messagesRead', 'membersAdded', 'memberRemoved']) t.true(kinds.has(kind), `the feed had ${kind} entries`);
  t.true(device.feed.filter((e) => e.kind === 'membersAdded').every((e) => e.largeGroup), 'membership entries say the group is large');
  t.log(`${history.length} group messages, ${device.feed.length} feed entries`);
});
