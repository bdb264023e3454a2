// Hostile REST input (issue 7, point 3): malformed JSON, wrong types, huge bodies, unknown
// fields, path tricks in ids, odd query strings. Every answer is a 4xx with the error body
// { error: { code, message } }, never a 500, and the gateway keeps serving. Also: NUL
// characters, which Postgres text cannot hold, are refused at the edge, and one that reached the
// log anyway does not stall the read model.
import test from 'ava';
import { jetstream } from '@nats-io/jetstream';
import { encodeEvent } from '../src/shared/events.js';
import { errorCodes } from '../src/shared/errors.js';
import { messageIdFor } from '../src/shared/ids.js';
import { namesFor } from '../src/shared/names.js';
import { connectNats } from '../src/shared/nats.js';
import type { Session } from './helpers/api.js';
import { authedSocket } from './helpers/authed-socket.js';
import { until } from './helpers/clients.js';
import { serverFixture } from './helpers/fixture.js';

const fx = serverFixture(test);

let alice: Session & { username: string };
let bob: Session;
let conv: string;

test.serial.before(async () => {
  alice = await fx.api.newUser('alice');
  bob = await fx.api.newUser('bob');
  conv = await fx.api.direct(alice, bob);
});

/** A refusal as the API promises it: the status, and the error body with a registered code. */
function refused(t: any, r: { status: number; body: any }, status: number | [number, number], code?: string): void {
  const [lo, hi] = Array.isArray(status) ? status : [status, status];
  t.true(r.status >= lo && r.status <= hi, `status ${r.status} ${JSON.stringify(r.body)}`);
  t.is(typeof r.body?.error?.code, 'string', JSON.stringify(r.body));
  t.true(r.body.error.code in errorCodes);
  t.is(typeof r.body.error.message, 'string');
  if (code) t.is(r.body.error.code, code);
}

async function raw(method: string, path: string, body?: string | Uint8Array, token?: string): Promise<{ status: number; body: any }> {
  const res = await fetch(fx.api.base + path, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body !== undefined ? { body: body as BodyInit } : {}),
  });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = { unparsable: text.slice(0, 200) };
  }
  return { status: res.status, body: parsed };
}

const MALFORMED: Array<[string, string]> = [
  ['truncated JSON', '{"text": "hi'],
  ['not JSON', 'hello'],
  ['an array', '["text", "hi"]'],
  ['a string', '"hi"'],
  ['a number', '42'],
  ['null', 'null'],
  ['trailing garbage', '{"text": "hi"} x'],
  ['invalid UTF-8', '\xff\xfe{"text": "\xc3\x28"}'],
  ['deeply nested arrays', `{"text": ${'['.repeat(20_000)}${']'.repeat(20_000)}}`],
  ['deeply nested objects', `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`],
  ['a __proto__ key', '{"__proto__": {"admin": true}, "text": 5}'],
];

for (const [what, body] of MALFORMED) {
  test(`REST: ${what} as a body → 400 with the error body`, async (t) => {
    refused(t, await raw('POST', `/v1/conversations/${conv}/messages`, body, alice.token), 400);
    refused(t, await raw('POST', '/v1/users', body), 400);
  });
}

const WRONG_TYPES: Array<[string, string, unknown]> = [
  ['POST', '/v1/users', { username: ['a'], password: 'correct horse', email: 'a@example.com' }],
  ['POST', '/v1/users', { username: 'abc_def', password: 12345678, email: 'a@example.com' }],
  ['POST', '/v1/users', { username: 'abc_def', password: 'correct horse', email: { at: 'x' } }],
  ['POST', '/v1/sessions', { username: null, password: true }],
  ['POST', '/v1/conversations', { type: 'direct', participant_ids: 'not-a-list' }],
  ['POST', '/v1/conversations', { type: 'group', name: 7, participant_ids: [1, 2] }],
  ['POST', '/v1/conversations', { type: 'channel', participant_ids: ['x'] }],
  ['POST', '{conv}/messages', { text: 123 }],
  ['POST', '{conv}/messages', { text: 'ok', client_msg_id: { a: 1 } }],
  ['POST', '{conv}/messages', { text: 'ok', client_msg_id: 'x'.repeat(1000) }],
  ['PUT', '{conv}/mute', { muted: 'yes' }],
  ['PUT', '{conv}/mute', { muted: true, until_ms: 1e400 }],
  ['PUT', '{conv}/mute', { muted: true, until_ms: -5 }],
  ['PUT', '{me}', { display_name: ['x'] }],
  ['PUT', '{me}', { hide_last_seen: 'true' }],
  ['PUT', '{me}', {}],
  ['PUT', '{me}/devices/{dev}/push', { kind: 'carrier-pigeon', token: 'x' }],
  ['PUT', '{me}/devices/{dev}/push', { kind: 'apns', token: 'not hex' }],
];

test('REST: wrong types and values for every kind of field → 400 bad_request', async (t) => {
  for (const [method, p, body] of WRONG_TYPES) {
    // Braces never occur in ids, so no placeholder can match inside an id put in before it.
    const path = p.replace('{conv}', `/v1/conversations/${conv}`).replace('{me}', `/v1/users/${alice.user_id}`).replace('{dev}', alice.device_id);
    const r = await fx.api.call(method, path, body, alice.token);
    refused(t, r, 400, 'bad_request');
  }
});

test('REST: unknown fields are ignored (a newer client may send more), and never take effect', async (t) => {
  const username = `extra_${Date.now().toString(36)}`;
  const r = await fx.api.call('POST', '/v1/users', { username, password: 'correct horse', email: `${username}@example.com`, user_id: 'chosen-id', is_admin: true, deleted: true });
  t.is(r.status, 201);
  t.not(r.body.user_id, 'chosen-id');
  t.false('is_admin' in r.body);
  t.false(r.body.deleted);
  const sent = await fx.api.call('POST', `/v1/conversations/${conv}/messages`, { text: 'hello', seq: 999999, sender_id: bob.user_id, sent_at_ms: 1 }, alice.token);
  t.is(sent.status, 201);
  t.not(sent.body.seq, 999999);
  t.true(sent.body.sent_at_ms > 1);
});

test('REST: bodies past the limit → 413 payload_too_large, and the gateway keeps serving', async (t) => {
  refused(t, await raw('POST', '/v1/users', `{"username": "${'x'.repeat(70 * 1024)}"}`), 413, 'payload_too_large');
  refused(t, await raw('POST', `/v1/conversations/${conv}/messages`, `{"text": "${'x'.repeat(1024 * 1024 + 10)}"}`, alice.token), 413, 'payload_too_large');
  // 16 MB: read and dropped chunk by chunk past the limit, never held.
  refused(t, await raw('PUT', `/v1/users/${alice.user_id}`, new Uint8Array(16 * 1024 * 1024).fill(0x20), alice.token), 413, 'payload_too_large');
  t.is((await fx.api.call('GET', `/v1/users/${alice.user_id}`, undefined, alice.token)).status, 200);
});

const PATH_TRICKS = [
  '..',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f%2e%2e',
  'a%2Fb',
  'a%5Cb',
  '%00',
  'a%00b',
  '%E0%A4%A',
  '%',
  'x'.repeat(65),
  'x'.repeat(3000),
  "1'%20OR%20'1'%3D'1",
  "x';DROP%20TABLE%20users;--",
  '%F0%9F%98%80',
  'a.b',
  'a%20b',
  '*',
  '%3E%3Cscript%3E',
];

test('REST: path tricks in ids → 4xx with the error body, never 500', async (t) => {
  for (const trick of PATH_TRICKS) {
    for (const [method, path] of [
      ['GET', `/v1/conversations/${trick}`],
      ['GET', `/v1/conversations/${trick}/messages`],
      ['POST', `/v1/conversations/${trick}/messages`],
      ['GET', `/v1/users/${trick}`],
      ['GET', `/v1/users/${trick}/conversations`],
      ['GET', `/v1/messages/${trick}`],
      ['DELETE', `/v1/users/${alice.user_id}/devices/${trick}`],
      ['DELETE', `/v1/conversations/${conv}/participants/${trick}`],
      ['PUT', `/v1/conversations/${trick}/mute`],
    ] as const) {
      const r = await raw(method, path, method === 'GET' || method === 'DELETE' ? undefined : '{"text": "x", "muted": true}', alice.token);
      refused(t, r, [400, 404], undefined);
    }
  }
  // Past uWS's limit on the request head (4 KB by default) uWS itself answers 431, before any
  // route runs (its own HTML body, the one refusal without Parley's error body).
  t.is((await raw('GET', `/v1/conversations/${'x'.repeat(8000)}`, undefined, alice.token)).status, 431);
  // Still serving.
  t.is((await fx.api.call('GET', `/v1/conversations/${conv}`, undefined, alice.token)).status, 200);
});

test('REST: odd query strings → 400, never 500', async (t) => {
  for (const q of ['limit=-1', 'limit=abc', 'limit=100000', 'before=1e400', 'after=NaN', 'before=-5', 'limit=1&limit=2&limit=x', 'after=%00']) {
    refused(t, await raw('GET', `/v1/conversations/${conv}/messages?${q}`, undefined, alice.token), 400, 'bad_request');
  }
});

test('REST: odd Authorization headers → 401', async (t) => {
  for (const header of ['Bearer', 'Bearer ', `Bearer ${'x'.repeat(3000)}`, 'Basic YWxpY2U6c2VjcmV0', `bearer  ${alice.token} extra`, `Token ${alice.token}`]) {
    const res = await fetch(`${fx.api.base}/v1/conversations/${conv}`, { headers: { authorization: header } });
    refused(t, { status: res.status, body: await res.json() }, 401, 'unauthenticated');
  }
});

test('REST: unknown routes and methods → 404 with the error body', async (t) => {
  refused(t, await raw('GET', '/v1/nothing'), 404, 'not_found');
  refused(t, await raw('PATCH', `/v1/users/${alice.user_id}`, '{}', alice.token), 404, 'not_found');
  refused(t, await raw('GET', '/v2/users'), 404, 'not_found');
});

test('NUL characters are refused at the edge: WebSocket Send, REST message, names', async (t) => {
  const sock = await authedSocket(fx.server.ws, alice.token);
  t.teardown(() => sock.close());
  sock.sendFrame({ id: 1, send: { conversationId: conv, clientMsgId: 'nul1', text: 'a\u0000b' } });
  t.is((await sock.error(1)).error!.code, 'bad_request');
  sock.sendFrame({ id: 2, send: { conversationId: conv, clientMsgId: 'nul\u0000', text: 'ab' } });
  t.is((await sock.error(2)).error!.code, 'bad_request');
  refused(t, await fx.api.call('POST', `/v1/conversations/${conv}/messages`, { text: 'a\u0000b' }, alice.token), 400, 'bad_request');
  refused(t, await fx.api.call('POST', '/v1/conversations', { type: 'group', name: 'g\u0000', participant_ids: [bob.user_id] }, alice.token), 400, 'bad_request');
  refused(t, await fx.api.call('PUT', `/v1/users/${alice.user_id}`, { display_name: 'x\u0000' }, alice.token), 400, 'bad_request');
  refused(t, await fx.api.call('POST', '/v1/sessions', { username: alice.username, password: 'correct horse battery', device_name: 'phone\u0000' }), 400, 'bad_request');
});

test('a NUL that reached the log anyway does not stall the read model: stored with U+FFFD, later messages follow', async (t) => {
  const config = fx.server.config;
  const names = namesFor(config.PARLEY_PREFIX);
  const nc = await connectNats(config, 'hostile-test');
  t.teardown(() => nc.close());
  const clientMsgId = `poison-${Date.now()}`;
  await jetstream(nc).publish(
    names.convSubject(conv),
    encodeEvent({
      messagePosted: { messageId: messageIdFor(conv, alice.user_id, clientMsgId), conversationId: conv, senderId: alice.user_id, senderDeviceId: alice.device_id, clientMsgId, text: 'poi\u0000son', mediaIds: [], sentAtMs: Date.now() },
    }),
  );
  await fx.api.ok('POST', `/v1/conversations/${conv}/messages`, { text: 'after the poison' }, alice.token);
  let got: string[] = [];
  await until(async () => {
    got = (await fx.api.ok('GET', `/v1/conversations/${conv}/messages?limit=200`, undefined, alice.token)).messages.map((m: any) => m.text);
    return got.includes('after the poison');
  }, 15_000, 'the read model to pass the poisoned event');
  t.true(got.includes('poi\uFFFDson'));
});

test('an event whose text is not valid UTF-8 (a lone surrogate) does not stall the read model: it is skipped as undecodable', async (t) => {
  const config = fx.server.config;
  const names = namesFor(config.PARLEY_PREFIX);
  const nc = await connectNats(config, 'hostile-test');
  t.teardown(() => nc.close());
  const clientMsgId = `lone-${Date.now()}`;
  // A lone surrogate as some encoders write it (protobufjs' own loop did): the bytes ED A0 80,
  // which are not UTF-8. The strict decoder refuses them: the projector skips the event
  // (runner.ts), deterministically. (Parley's encoder writes U+FFFD instead: the bytes are
  // put in by hand, in place of three placeholder bytes.)
  const event = Buffer.from(
    encodeEvent({
      messagePosted: { messageId: messageIdFor(conv, alice.user_id, clientMsgId), conversationId: conv, senderId: alice.user_id, senderDeviceId: alice.device_id, clientMsgId, text: 'lone###ly', mediaIds: [], sentAtMs: Date.now() },
    }),
  );
  Buffer.from([0xed, 0xa0, 0x80]).copy(event, event.indexOf('###'));
  await jetstream(nc).publish(names.convSubject(conv), event);
  await fx.api.ok('POST', `/v1/conversations/${conv}/messages`, { text: 'after the lone one' }, alice.token);
  let got: string[] = [];
  await until(async () => {
    got = (await fx.api.ok('GET', `/v1/conversations/${conv}/messages?limit=200`, undefined, alice.token)).messages.map((m: any) => m.text);
    return got.includes('after the lone one');
  }, 15_000, 'the read model to pass the event');
  t.false(got.some((text) => text.startsWith('lone')));
});
