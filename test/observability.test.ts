// /readyz, /metrics, request ids, and a graceful shutdown of a `parley serve` process that
// loses no acknowledged message.
import test from 'ava';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { decodeEvent, encodeEvent } from '../src/shared/events.js';
import { namesFor } from '../src/shared/names.js';
import { connectNats } from '../src/shared/nats.js';
import type { Sent } from '../src/sdk/client.js';
import { Api } from './helpers/api.js';
import { client, until } from './helpers/clients.js';
import { projectorsCaughtUp } from './helpers/cli.js';
import { RawSocket } from './helpers/raw-socket.js';
import { cleanup, prepare, spawnParley, startServer, testConfig } from './helpers/env.js';

const metric = (text: string, line: string) => {
  const found = text.split('\n').find((l) => l.startsWith(`${line} `));
  return found === undefined ? undefined : Number(found.slice(line.length + 1));
};

test('/readyz checks NATS, Postgres, Redis and projector lag; /metrics counts connections, frames, latencies, errors, lag and projector batches', async (t) => {
  const server = await startServer(testConfig());
  try {
    const ready = await fetch(`${server.http}/readyz`);
    t.is(ready.status, 200);
    const body = await ready.json();
    t.like(body, { ok: true, checks: { nats: { ok: true }, postgres: { ok: true }, redis: { ok: true }, projectors: { ok: true } } });
    t.deepEqual(Object.keys(body.checks.projectors.lag).sort(), ['conversations', 'media', 'users']);

    const api = new Api(server.http);
    const a = await api.newUser('a');
    const b = await api.newUser('b');
    const conv = await api.direct(a, b);
    const ca = client(server.ws, a.token);
    const cb = client(server.ws, b.token);
    await ca.connect();
    await cb.connect();
    await ca.waitLive();
    await cb.waitLive();
    const got: string[] = [];
    cb.on('deliver', (d) => got.push(d.event.messagePosted?.text ?? ''));
    for (let i = 0; i < 20; i++) await ca.send(conv, `m${i}`);
    await until(() => got.length >= 20);
    const missing = await fetch(`${server.http}/v1/conversations/nope`, { headers: { authorization: `Bearer ${a.token}`, 'x-request-id': 'req-42' } });
    t.is(missing.headers.get('x-request-id'), 'req-42');
    t.true(missing.status >= 400);
    const code = ((await missing.json()) as { error: { code: string } }).error.code;
    const raw = await RawSocket.open(server.ws, { authorization: `Bearer ${a.token}` });
    raw.sendBytes(new Uint8Array([0xff, 0xff, 0xff]));
    const malformed = (await raw.error()).error!.code;
    await new Promise((resolve) => raw.ws.once('close', resolve).close());

    const res = await fetch(`${server.http}/metrics`);
    t.is(res.status, 200);
    t.regex(res.headers.get('content-type') ?? '', /text\/plain/);
    const text = await res.text();
    t.is(metric(text, 'parley_connections'), 2);
    t.is(metric(text, 'parley_frames_in_total{type="send"}'), 20);
    t.is(metric(text, 'parley_frames_in_total{type="invalid"}'), 1, 'only the malformed frame counts as invalid');
    t.true(metric(text, 'parley_frames_out_total{type="sent"}')! >= 20);
    t.true(metric(text, 'parley_frames_out_total{type="deliver"}')! >= 20);
    t.true(metric(text, 'parley_frames_out_total{type="welcome"}')! >= 2);
    t.is(metric(text, 'parley_send_to_sent_seconds_count'), 20);
    t.true(metric(text, 'parley_delivery_latency_seconds_count')! >= 1, 'one delivery in 16 is measured');
    t.is(metric(text, `parley_errors_total{code="${code}"}`), 1);
    t.is(metric(text, `parley_errors_total{code="${malformed}"}`), 1);
    t.not(metric(text, 'parley_projector_lag_events{projection="conversations"}'), undefined);
    t.is(metric(text, 'parley_projector_applied{projection="conversations"}'), 1, 'a process (this one) applies the conversations projection');
    // The conversations projector's announcements describe its batches: the 20 messages at least.
    t.true(metric(text, 'parley_projector_events_total{projection="conversations"}')! >= 20);
    t.true(metric(text, 'parley_projector_batch_seconds_count{projection="conversations"}')! >= 1);
    t.true(metric(text, 'parley_projector_event_age_seconds_count{projection="conversations"}')! >= 1);
    t.true(metric(text, 'parley_projector_event_age_seconds_sum{projection="conversations"}')! < 60, 'ages are seconds, not milliseconds');
    t.truthy(metric(text, 'process_resident_memory_bytes'));
    ca.close();
    cb.close();
  } finally {
    await server.running.close();
    await cleanup(server.config);
  }
});

test('/readyz answers 503 while a projector is further behind than READY_MAX_LAG', async (t) => {
  const config = testConfig({ READY_MAX_LAG: '2' });
  const server = await startServer(config, { gateway: true, projector: false });
  const nc = await connectNats(config, 'test');
  try {
    const names = namesFor(config.PARLEY_PREFIX);
    for (let i = 0; i < 3; i++) await jetstream(nc).publish(names.convSubject('c1'), encodeEvent({ conversationRenamed: { conversationId: 'c1', name: `n${i}` } }));
    const res = await fetch(`${server.http}/readyz`);
    t.is(res.status, 503);
    const body = await res.json();
    t.false(body.ok);
    t.like(body.checks, { nats: { ok: true }, postgres: { ok: true }, projectors: { ok: false } });
    t.regex(body.checks.projectors.error, /conversations \(3\)/);
  } finally {
    await nc.close();
    await server.running.close();
    await cleanup(config);
  }
});

test('SIGTERM to parley serve exits 0 and loses no acknowledged message', async (t) => {
  const config = testConfig();
  await prepare(config);
  const { child, port } = await spawnParley('serve', config);
  const http = `http://127.0.0.1:${port}`;
  let restarted: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    const api = new Api(http);
    const a = await api.newUser('a');
    const b = await api.newUser('b');
    const conv = await api.direct(a, b);
    const ca = client(`ws://127.0.0.1:${port}/v1/ws`, a.token);
    await ca.connect();
    await ca.waitLive();
    const acked: Sent[] = [];
    let stop = false;
    const senders = [0, 1, 2, 3].map(async (w) => {
      for (let i = 0; !stop; i++) {
        const sent = await ca.send(conv, `w${w}-${i}`).catch(() => undefined);
        if (sent) acked.push(sent);
        else break;
      }
    });
    await until(() => acked.length >= 100);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    const code = await exited;
    stop = true;
    ca.close();
    await Promise.race([Promise.all(senders), new Promise((r) => setTimeout(r, 1000))]);
    t.is(code, 0, 'a clean exit');
    const ackedNow = [...acked];
    t.true(ackedNow.length >= 100);

    // Every acknowledged message is in the log at the position its Sent named...
    const nc = await connectNats(config, 'test');
    const jsm = await jetstreamManager(nc);
    for (const s of ackedNow) {
      const m = await jsm.streams.getMessage(namesFor(config.PARLEY_PREFIX).convStream, { seq: s.seq });
      t.is(decodeEvent(m!.data).messagePosted?.messageId, s.messageId);
    }
    await nc.close();
    // ...and in history once Parley runs again.
    restarted = await startServer(config);
    await projectorsCaughtUp(config);
    const again = new Api(restarted.http);
    const ids = new Set<string>();
    let before: number | undefined;
    for (;;) {
      const page = await again.ok('GET', `/v1/conversations/${conv}/messages?limit=200${before ? `&before=${before}` : ''}`, undefined, a.token);
      for (const m of page.messages) ids.add(m.message_id);
      if (!page.has_more || page.messages.length === 0) break;
      before = page.messages[0].seq;
    }
    t.true(ackedNow.every((s) => ids.has(s.messageId)), 'every acknowledged message is in history');
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await restarted?.running.close();
    await cleanup(config);
  }
});
