// parley tap (NDJSON with filters, durable resume) and parley streams --json, run as child
// processes against a serving Parley.
import test, { type ExecutionContext } from 'ava';
import { mkdtempSync, readFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { jetstreamManager } from '@nats-io/jetstream';
import { namesFor } from '../src/shared/names.js';
import { connectNats } from '../src/shared/nats.js';
import { pb } from '../src/shared/events.js';
import type { Names } from '../src/shared/names.js';
import { Api, type Session } from './helpers/api.js';
import { until } from './helpers/clients.js';
import { parleyCli, projectorsCaughtUp } from './helpers/cli.js';
import { cleanup, startServer, testConfig, type TestServer } from './helpers/env.js';

const lines = (out: string) => out.split('\n').filter(Boolean).map((l) => JSON.parse(l));

async function withTraffic(t: ExecutionContext, run: (ctx: { server: TestServer; names: Names; api: Api; a: Session; ab: string; ac: string; send: (conv: string, text: string) => Promise<unknown> }) => Promise<void>) {
  const server = await startServer(testConfig());
  const names = namesFor(server.config.PARLEY_PREFIX);
  try {
    const api = new Api(server.http);
    const a = await api.newUser('a');
    const b = await api.newUser('b');
    const c = await api.newUser('c');
    const ab = await api.direct(a, b);
    const ac = await api.direct(a, c);
    const send = (conv: string, text: string) => api.ok('POST', `/v1/conversations/${conv}/messages`, { text }, a.token);
    for (const x of ['one', 'two', 'three']) await send(ab, x);
    const other = await send(ac, 'elsewhere');
    // Sent means durable in the log; the read model follows a moment later.
    await until(async () => (await api.call('GET', `/v1/messages/${other.message_id}`, undefined, c.token)).status === 200);
    await api.ok('POST', `/v1/messages/${other.message_id}/read_receipts`, {}, c.token);
    await projectorsCaughtUp(server.config);
    await run({ server, names, api, a, ab, ac, send });
  } finally {
    await server.running.close();
    await cleanup(server.config);
  }
  t.pass();
}

test('tap writes NDJSON, one event per line with sequence, time and type, filtered by sequence, time, type and conversation', (t) =>
  withTraffic(t, async ({ server, names, ab }) => {
    const all = await parleyCli(server.config, ['tap']);
    t.is(all.code, 0, all.stderr);
    const events = lines(all.stdout);
    const nc = await connectNats(server.config, 'test');
    const conv = await (await jetstreamManager(nc)).streams.info(names.convStream);
    await nc.close();
    t.is(events.length, conv.state.messages);
    t.deepEqual(events.map((e) => e.seq), [...Array(conv.state.messages).keys()].map((i) => i + 1));
    for (const e of events) {
      t.is(e.stream, names.convStream);
      t.false(Number.isNaN(Date.parse(e.time)));
      t.truthy(pb.Event.fromObject(e.event).body, 'the event parses back as parley.v1.Event');
    }
    t.deepEqual([...new Set(events.map((e) => e.type))].sort(), ['ConversationCreated', 'MessagePosted', 'MessagesRead']);

    const filtered = lines((await parleyCli(server.config, ['tap', '--type', 'MessagePosted', '--conversation', ab])).stdout);
    t.deepEqual(filtered.map((e) => e.event.messagePosted.text), ['one', 'two', 'three']);
    t.true(filtered.every((e) => e.subject === names.convSubject(ab) && e.type === 'MessagePosted'));
    const posted = events.filter((e) => e.type === 'MessagePosted');
    t.is(posted[1].event.messagePosted.sentAtMs, String(posted[1].event.messagePosted.sentAtMs), 'int64 as strings (proto3 JSON)');

    const from = lines((await parleyCli(server.config, ['tap', '--from-seq', String(posted[1].seq)])).stdout);
    t.is(from[0].seq, posted[1].seq);
    t.is(from.length, conv.state.messages - posted[1].seq + 1);
    t.is(lines((await parleyCli(server.config, ['tap', '--since', new Date(Date.now() + 60_000).toISOString()])).stdout).length, 0);
    t.is(lines((await parleyCli(server.config, ['tap', '--since', '1h'])).stdout).length, conv.state.messages);
    const users = lines((await parleyCli(server.config, ['tap', '--stream', 'users', '--type', 'user_registered'])).stdout);
    t.is(users.length, 3);
  }));

test('a durable tap resumes where it stopped; streams --json shows streams, consumers and projector lag', (t) =>
  withTraffic(t, async ({ server, names, ab, ac, send }) => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-tap-'));
    const file = join(dir, 'out.ndjson');
    const durable = ['tap', '--durable', 'export', '--type', 'MessagePosted', '-o', file];
    t.is((await parleyCli(server.config, durable)).code, 0);
    t.deepEqual(lines(readFileSync(file, 'utf8')).map((e) => e.event.messagePosted.text), ['one', 'two', 'three', 'elsewhere']);
    await send(ab, 'four');
    await send(ac, 'five');
    t.is((await parleyCli(server.config, durable)).code, 0);
    t.is((await parleyCli(server.config, durable)).code, 0);
    const exported = lines(readFileSync(file, 'utf8'));
    t.deepEqual(exported.map((e) => e.event.messagePosted.text), ['one', 'two', 'three', 'elsewhere', 'four', 'five'], 'resumed: nothing twice, nothing lost');

    await projectorsCaughtUp(server.config);
    const status = await parleyCli(server.config, ['streams', '--json']);
    t.is(status.code, 0, status.stderr);
    const s = JSON.parse(status.stdout);
    const byName = new Map<string, any>(s.streams.map((x: any) => [x.name, x]));
    const nc = await connectNats(server.config, 'test');
    const jsm = await jetstreamManager(nc);
    const convNow = await jsm.streams.info(names.convStream);
    const usersNow = await jsm.streams.info(names.usersStream);
    const mediaNow = await jsm.streams.info(names.mediaStream);
    await nc.close();
    t.is(byName.get(names.convStream).messages, convNow.state.messages);
    t.is(byName.get(names.convStream).maxAgeS, 0, 'message history is kept forever by default');
    t.truthy(byName.get(names.usersStream));
    t.false(byName.has(names.legacyFeedStream), 'the device feed is not a stream');
    t.true(s.feed.high >= 12, `the feed has an entry per member of every message (${s.feed.high})`);
    t.like(s.feed, { firstRetained: 0, maxAgeS: server.config.FEED_MAX_AGE_S });
    t.true(s.feed.bytes > 0);
    const tapConsumer = byName.get(names.convStream).consumers.find((x: any) => x.name === names.tapConsumer('export'));
    t.like(tapConsumer, { durable: true, pending: 0, ackPending: 0, deliveredSeq: convNow.state.last_seq });
    t.deepEqual(
      s.projectors.map((p: any) => [p.name, p.lag, p.checkpoint]),
      [
        ['users', 0, usersNow.state.last_seq],
        ['conversations', 0, convNow.state.last_seq],
        ['media', 0, mediaNow.state.last_seq],
      ],
    );
    // This process runs the server, so its Postgres sessions hold the projections' locks.
    for (const p of s.projectors) t.like(p.appliedBy, { application: `parley ${hostname()}:${process.pid}`, address: '127.0.0.1' }, `${p.name} is applied here`);
    const table = await parleyCli(server.config, ['streams']);
    t.regex(table.stdout, new RegExp(`conversations\\s+${names.convStream}\\s+${convNow.state.last_seq}\\s+${convNow.state.last_seq}\\s+0\\s+parley ${hostname()}:${process.pid} \\(127\\.0\\.0\\.1, since `));
  }));
