// The APNs provider against a local plaintext HTTP/2 (h2c) server that checks what APNs
// checks: the path, the headers and the ES256 provider token (verified with the public half
// of a P-256 key generated here), and answers like APNs does.
import test from 'ava';
import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Http2Session } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { decodeJwt, jwtVerify } from 'jose';
import { ApnsProvider } from '../src/push/apns-provider.js';
import { ApnsToken } from '../src/push/apns-token.js';
import { PushDispatcher } from '../src/push/push-dispatcher.js';
import type { PushTarget } from '../src/push/push-provider.js';
import { note, waitFor } from './helpers/push.js';

const TEAM = 'TEAM123456';
const KEY_ID = 'KEY7654321';
const BUNDLE = 'app.parley.ios';

function p256(): { pem: string; publicKey: KeyObject } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return { pem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, publicKey };
}
const key = p256();

const DEVICE = 'a1'.repeat(32);
const DEAD = 'de'.repeat(32);
const BAD = 'ba'.repeat(32);
const BUSY = 'b5'.repeat(32);
const THROTTLED = '77'.repeat(32);
/** The server drops the whole session instead of answering. */
const HANG_UP = '99'.repeat(32);

interface Seen {
  headers: IncomingHttpHeaders;
  body: any;
  jwt: string;
}

interface FakeApns {
  origin: string;
  seen: Seen[];
  sessions: number;
  /** Provider tokens to answer ExpiredProviderToken for. */
  expired: Set<string>;
  /** Close each session (GOAWAY) right after its first answer. */
  goawayAfterAnswer: boolean;
  close(): Promise<void>;
}

async function fakeApns(port = 0): Promise<FakeApns> {
  const fake: FakeApns = { origin: '', seen: [], sessions: 0, expired: new Set(), goawayAfterAnswer: false, close: async () => {} };
  const sessions = new Set<Http2Session>();
  const server = createServer();
  server.on('session', (s) => {
    fake.sessions++;
    sessions.add(s);
    s.on('close', () => sessions.delete(s));
  });
  server.on('stream', (stream, headers) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', async () => {
      const answer = (status: number, reason?: string, extra: Record<string, string> = {}) => {
        stream.respond({ ':status': status, ...(status === 200 ? { 'apns-id': randomUUID() } : {}), ...extra });
        stream.end(reason ? JSON.stringify({ reason, ...(status === 410 ? { timestamp: Date.now() } : {}) }) : undefined);
        if (fake.goawayAfterAnswer) stream.session?.close();
      };
      const path = String(headers[':path']);
      const m = /^\/3\/device\/([0-9a-f]+)$/.exec(path);
      if (headers[':method'] !== 'POST' || !m) return answer(405, 'MethodNotAllowed');
      const auth = String(headers.authorization ?? '');
      if (!auth.startsWith('bearer ')) return answer(403, 'MissingProviderToken');
      const jwt = auth.slice(7);
      try {
        const { payload, protectedHeader } = await jwtVerify(jwt, key.publicKey, { algorithms: ['ES256'], issuer: TEAM, requiredClaims: ['iat'] });
        if (protectedHeader.kid !== KEY_ID) return answer(403, 'InvalidProviderToken');
        if (Math.abs(Date.now() / 1000 - payload.iat!) > 3600) return answer(403, 'ExpiredProviderToken');
      } catch {
        return answer(403, 'InvalidProviderToken');
      }
      if (fake.expired.has(jwt)) return answer(403, 'ExpiredProviderToken');
      if (headers['apns-topic'] !== BUNDLE) return answer(400, 'TopicDisallowed');
      if (headers['apns-push-type'] !== 'alert') return answer(400, 'InvalidPushType');
      if (headers['apns-priority'] !== '10') return answer(400, 'BadPriority');
      if (Buffer.byteLength(String(headers['apns-collapse-id'] ?? '')) > 64) return answer(400, 'BadCollapseId');
      if (!/^\d+$/.test(String(headers['apns-expiration'] ?? ''))) return answer(400, 'BadExpirationDate');
      let body: any;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return answer(400, 'PayloadEmpty');
      }
      if (typeof body?.aps?.alert?.title !== 'string') return answer(400, 'PayloadEmpty');
      fake.seen.push({ headers, body, jwt });
      const token = m[1];
      if (token === HANG_UP) return stream.session?.destroy();
      if (token === DEAD) return answer(410, 'Unregistered');
      if (token === BAD) return answer(400, 'BadDeviceToken');
      if (token === BUSY) return answer(503, 'ServiceUnavailable', { 'retry-after': '2' });
      if (token === THROTTLED) return answer(429, 'TooManyRequests');
      return answer(200);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  fake.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      for (const s of sessions) s.destroy();
      server.close(() => resolve());
    });
  return fake;
}

function apns(fake: FakeApns, token = new ApnsToken({ keyPem: key.pem, keyId: KEY_ID, teamId: TEAM })): ApnsProvider {
  return new ApnsProvider({ origin: fake.origin, topic: BUNDLE, token, ttlS: 3600, timeoutMs: 2000 });
}

const iphone = (token: string): PushTarget => ({ kind: 'apns', token });

test('delivers over one reused HTTP/2 session with the APNs headers, payload and provider token', async (t) => {
  const fake = await fakeApns();
  t.teardown(() => fake.close());
  const provider = apns(fake);
  t.teardown(() => provider.close());
  const n = { ...note(1), badge: 3, sound: 'default', count: 2 };
  const before = Math.floor(Date.now() / 1000);
  const r = await provider.send(iphone(DEVICE), n);
  t.is(r.status, 'delivered');
  t.regex((r as { id?: string }).id ?? '', /^[0-9a-f-]{36}$/);
  for (const i of [2, 3]) t.is((await provider.send(iphone(DEVICE), note(i))).status, 'delivered');
  t.is(fake.sessions, 1);
  t.is(provider.connects, 1);
  t.is(fake.seen.length, 3);
  t.is(new Set(fake.seen.map((s) => s.jwt)).size, 1, 'the provider token is reused');
  const { headers, body, jwt } = fake.seen[0]!;
  t.is(headers[':path'], `/3/device/${DEVICE}`);
  t.like(headers, { 'apns-topic': BUNDLE, 'apns-push-type': 'alert', 'apns-priority': '10', 'apns-collapse-id': 'c1', 'content-type': 'application/json' });
  const expiration = Number(headers['apns-expiration']);
  t.true(expiration >= before + 3600 && expiration <= before + 3602);
  t.deepEqual(body, {
    conversation_id: 'c1',
    message_id: 'm1',
    count: '2',
    aps: { alert: { title: 'Ann', body: 'message 1' }, badge: 3, sound: 'default', 'thread-id': 'c1' },
  });
  const claims = decodeJwt(jwt);
  t.is(claims.iss, TEAM);
  t.true(Math.abs(claims.iat! - before) <= 2);
});

test('APNs answers: 410 and BadDeviceToken drop the token, 503 and 429 retry, a non-hex token never leaves', async (t) => {
  const fake = await fakeApns();
  t.teardown(() => fake.close());
  const provider = apns(fake);
  t.teardown(() => provider.close());
  t.deepEqual(await provider.send(iphone(DEAD), note(1)), { status: 'invalid_token', reason: 'apns 410 Unregistered' });
  t.deepEqual(await provider.send(iphone(BAD), note(1)), { status: 'invalid_token', reason: 'apns 400 BadDeviceToken' });
  t.deepEqual(await provider.send(iphone(BUSY), note(1)), { status: 'retryable', reason: 'apns 503 ServiceUnavailable', retryAfterMs: 2000 });
  t.deepEqual(await provider.send(iphone(THROTTLED), note(1)), { status: 'retryable', reason: 'apns 429 TooManyRequests' });
  t.deepEqual(await provider.send(iphone('../../3/device/x'), note(1)), { status: 'invalid_token', reason: 'not an APNs device token' });
  t.is(fake.seen.length, 4);
});

test('a wrong bundle id or key is refused by the server: permanent', async (t) => {
  const fake = await fakeApns();
  t.teardown(() => fake.close());
  const wrongTopic = new ApnsProvider({ origin: fake.origin, topic: 'app.other', token: new ApnsToken({ keyPem: key.pem, keyId: KEY_ID, teamId: TEAM }) });
  t.teardown(() => wrongTopic.close());
  t.deepEqual(await wrongTopic.send(iphone(DEVICE), note(1)), { status: 'permanent', reason: 'apns 400 TopicDisallowed' });
  const wrongKey = apns(fake, new ApnsToken({ keyPem: p256().pem, keyId: KEY_ID, teamId: TEAM }));
  t.teardown(() => wrongKey.close());
  t.deepEqual(await wrongKey.send(iphone(DEVICE), note(1)), { status: 'permanent', reason: 'apns 403 InvalidProviderToken' });
  t.is(fake.seen.length, 0);
});

test('ExpiredProviderToken: a new token is signed and the request retried once', async (t) => {
  const fake = await fakeApns();
  t.teardown(() => fake.close());
  const provider = apns(fake);
  t.teardown(() => provider.close());
  t.is((await provider.send(iphone(DEVICE), note(1))).status, 'delivered');
  const first = fake.seen[0]!.jwt;
  fake.expired.add(first);
  t.is((await provider.send(iphone(DEVICE), note(2))).status, 'delivered');
  const second = fake.seen[1]!.jwt;
  t.not(second, first);
  t.is(fake.seen.length, 2, 'the refused request is not counted as seen');
  // Refused again after the refresh: permanent, no loop.
  const stale = { get: async () => first, invalidate: () => {} };
  const stuck = new ApnsProvider({ origin: fake.origin, topic: BUNDLE, token: stale });
  t.teardown(() => stuck.close());
  t.deepEqual(await stuck.send(iphone(DEVICE), note(3)), { status: 'permanent', reason: 'apns 403 ExpiredProviderToken' });
});

test('the provider token is reused for 50 minutes, then signed anew', async (t) => {
  let now = Date.now();
  const token = new ApnsToken({ keyPem: key.pem, keyId: KEY_ID, teamId: TEAM, now: () => now });
  const a = await token.get();
  now += 49 * 60_000;
  t.is(await token.get(), a);
  now += 2 * 60_000;
  const b = await token.get();
  t.not(b, a);
  t.is(decodeJwt(b).iat! - decodeJwt(a).iat!, 51 * 60);
  const { protectedHeader } = await jwtVerify(b, key.publicKey, { issuer: TEAM, currentDate: new Date(now) });
  t.deepEqual(protectedHeader, { alg: 'ES256', kid: KEY_ID });
  token.invalidate('not the current one');
  t.is(await token.get(), b);
  token.invalidate(b);
  t.not(await token.get(), b);
});

test('a session the server closes (GOAWAY) is replaced on the next send', async (t) => {
  const fake = await fakeApns();
  t.teardown(() => fake.close());
  fake.goawayAfterAnswer = true;
  const provider = apns(fake);
  t.teardown(() => provider.close());
  for (const i of [1, 2, 3]) t.is((await provider.send(iphone(DEVICE), note(i))).status, 'delivered');
  t.is(fake.sessions, 3);
  t.is(provider.connects, 3);
});

test('a session torn down under a request fails it as retryable; the next send reconnects', async (t) => {
  const fake = await fakeApns();
  t.teardown(() => fake.close());
  const provider = apns(fake);
  t.teardown(() => provider.close());
  t.is((await provider.send(iphone(HANG_UP), note(1))).status, 'retryable');
  t.is((await provider.send(iphone(DEVICE), note(2))).status, 'delivered');
  t.is(provider.connects, 2);
  t.is(fake.sessions, 2);
});

test('APNs unreachable: retryable; back on the same port: the same provider reconnects', async (t) => {
  const fake = await fakeApns();
  const port = Number(new URL(fake.origin).port);
  const provider = apns(fake);
  t.teardown(() => provider.close());
  t.is((await provider.send(iphone(DEVICE), note(1))).status, 'delivered');
  await fake.close();
  t.is((await provider.send(iphone(DEVICE), note(2))).status, 'retryable');
  const back = await fakeApns(port);
  t.teardown(() => back.close());
  t.is((await provider.send(iphone(DEVICE), note(3))).status, 'delivered');
  t.is(back.seen.length, 1);
});

test('through the dispatcher: 410 reports the token, the others are delivered; close() ends the session', async (t) => {
  const fake = await fakeApns();
  t.teardown(() => fake.close());
  const provider = apns(fake);
  const invalid: PushTarget[] = [];
  const dispatcher = new PushDispatcher({
    providers: [provider],
    targets: async () => [iphone(DEAD), iphone(DEVICE)],
    retry: { baseMs: 10, maxDelayMs: 100, maxAttempts: 3 },
    onInvalidToken: (_u, target) => void invalid.push(target),
  });
  await dispatcher.dispatch(note(1));
  await dispatcher.idle();
  await waitFor(() => invalid.length === 1, 'the callback');
  t.deepEqual(invalid, [iphone(DEAD)]);
  t.is(fake.seen.length, 2);
  await dispatcher.close();
  await provider.close();
  t.deepEqual(await provider.send(iphone(DEVICE), note(2)), { status: 'retryable', reason: 'provider closed' });
});
