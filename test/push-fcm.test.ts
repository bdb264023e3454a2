// The FCM provider against a local server that plays both Google endpoints: the OAuth2
// token endpoint (verifies the RS256 assertion with the service account's public key) and
// the FCM HTTP v1 send endpoint (checks the path, the bearer token and the message shape).
import test from 'ava';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { jwtVerify } from 'jose';
import { FcmProvider } from '../src/push/fcm-provider.js';
import { FCM_SCOPE, GoogleAccessToken, type ServiceAccount } from '../src/push/google-access-token.js';
import { PushDispatcher } from '../src/push/push-dispatcher.js';
import type { PushTarget } from '../src/push/push-provider.js';
import { json, note, recordingServer, waitFor, type RecordingServer } from './helpers/push.js';

const PROJECT = 'parley-test';
const EMAIL = 'push@parley-test.iam.gserviceaccount.com';

function rsaKeys(): { privatePem: string; publicKey: KeyObject } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, publicKey };
}
const keys = rsaKeys();

interface Assertion {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
}

interface FakeGoogle extends RecordingServer {
  tokenUri: string;
  assertions: Assertion[];
  /** Bodies of accepted send requests. */
  messages: Array<{ message: Record<string, any> }>;
  /** Access tokens the send endpoint accepts. */
  valid: Set<string>;
  sendAuth: string[];
}

const fcmError = (code: number, status: string, errorCode: string) => ({
  error: { code, status, message: errorCode, details: [{ '@type': 'type.googleapis.com/google.firebase.fcm.v1.FcmError', errorCode }] },
});

/** What a real FCM answers to some registration tokens; any other token is delivered. */
const answers: Record<string, [number, unknown, Record<string, string>?]> = {
  dead: [404, fcmError(404, 'NOT_FOUND', 'UNREGISTERED')],
  garbage: [400, fcmError(400, 'INVALID_ARGUMENT', 'INVALID_ARGUMENT')],
  busy: [503, fcmError(503, 'UNAVAILABLE', 'UNAVAILABLE'), { 'retry-after': '3' }],
  quota: [429, fcmError(429, 'RESOURCE_EXHAUSTED', 'QUOTA_EXCEEDED'), { 'retry-after': '10' }],
};

function shapeProblems(body: any): string[] {
  const m = body?.message;
  const problems: string[] = [];
  if (typeof m?.token !== 'string') problems.push('message.token');
  if (typeof m?.notification?.title !== 'string' || typeof m?.notification?.body !== 'string') problems.push('message.notification');
  if (typeof m?.data !== 'object' || Object.values(m.data).some((v) => typeof v !== 'string')) problems.push('message.data');
  if (typeof m?.android?.collapse_key !== 'string' || !['NORMAL', 'HIGH'].includes(m?.android?.priority)) problems.push('message.android');
  if (typeof m?.apns?.headers?.['apns-collapse-id'] !== 'string') problems.push('message.apns');
  return problems;
}

/** refuseAll: the send endpoint answers 401 whatever the token (credentials revoked for good). */
async function fakeGoogle({ publicKey = keys.publicKey, refuseAll = false }: { publicKey?: KeyObject; refuseAll?: boolean } = {}): Promise<FakeGoogle> {
  const assertions: Assertion[] = [];
  const messages: FakeGoogle['messages'] = [];
  const valid = new Set<string>();
  const sendAuth: string[] = [];
  let issued = 0;
  let sent = 0;
  let tokenUri = '';
  const server = await recordingServer(async (req, res) => {
    if (req.method === 'POST' && req.url === '/token') {
      const form = new URLSearchParams(req.body.toString('utf8'));
      if (req.headers['content-type'] !== 'application/x-www-form-urlencoded') return json(res, 400, { error: 'invalid_request' });
      if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer') return json(res, 400, { error: 'unsupported_grant_type' });
      try {
        const { payload, protectedHeader } = await jwtVerify(form.get('assertion') ?? '', publicKey, {
          algorithms: ['RS256'],
          issuer: EMAIL,
          audience: tokenUri,
          requiredClaims: ['iat', 'exp'],
        });
        if (payload.scope !== FCM_SCOPE) return json(res, 400, { error: 'invalid_scope' });
        if (payload.exp! - payload.iat! > 3600) return json(res, 400, { error: 'invalid_grant', error_description: 'lifetime over an hour' });
        assertions.push({ header: protectedHeader as Record<string, unknown>, claims: payload as Record<string, unknown> });
      } catch (err) {
        return json(res, 400, { error: 'invalid_grant', error_description: String(err) });
      }
      const token = `ya29.test-${++issued}`;
      valid.add(token);
      return json(res, 200, { access_token: token, expires_in: 3600, token_type: 'Bearer' });
    }
    if (req.method === 'POST' && req.url === `/v1/projects/${PROJECT}/messages:send`) {
      const auth = String(req.headers.authorization ?? '');
      sendAuth.push(auth);
      if (refuseAll || !auth.startsWith('Bearer ') || !valid.has(auth.slice(7))) return json(res, 401, { error: { code: 401, status: 'UNAUTHENTICATED', message: 'bad credentials' } });
      if (!String(req.headers['content-type']).startsWith('application/json')) return json(res, 400, { error: { code: 400, status: 'INVALID_ARGUMENT' } });
      const body = JSON.parse(req.body.toString('utf8'));
      const problems = shapeProblems(body);
      if (problems.length > 0) {
        const violations = problems.map((field) => ({ field, description: 'invalid' }));
        return json(res, 400, { error: { code: 400, status: 'INVALID_ARGUMENT', details: [{ '@type': 'type.googleapis.com/google.rpc.BadRequest', fieldViolations: violations }] } });
      }
      messages.push(body);
      const canned = answers[body.message.token as string];
      if (canned) return json(res, canned[0], canned[1], canned[2]);
      return json(res, 200, { name: `projects/${PROJECT}/messages/${++sent}` });
    }
    res.writeHead(404).end();
  });
  tokenUri = `${server.url}/token`;
  return { ...server, tokenUri, assertions, messages, valid, sendAuth };
}

function account(google: FakeGoogle, privatePem = keys.privatePem): ServiceAccount {
  return { client_email: EMAIL, private_key: privatePem, private_key_id: 'key-1', project_id: PROJECT, token_uri: google.tokenUri };
}

function provider(google: FakeGoogle, now?: () => number, privatePem?: string): { fcm: FcmProvider; tokens: GoogleAccessToken } {
  const tokens = new GoogleAccessToken({ account: account(google, privatePem), ...(now ? { now } : {}) });
  return { fcm: new FcmProvider({ projectId: PROJECT, tokens, baseUrl: google.url, ttlS: 600 }), tokens };
}

const phone = (token: string): PushTarget => ({ kind: 'fcm', token });

test('delivers: a valid assertion buys an access token, the message has the v1 shape', async (t) => {
  const google = await fakeGoogle();
  t.teardown(() => google.close());
  const { fcm } = provider(google);
  const n = { ...note(1), badge: 5, count: 2 };
  t.deepEqual(await fcm.send(phone('reg-token-1'), n), { status: 'delivered', id: `projects/${PROJECT}/messages/1` });
  t.deepEqual(await fcm.send(phone('reg-token-2'), note(2)), { status: 'delivered', id: `projects/${PROJECT}/messages/2` });
  // One exchange for both sends.
  t.is(google.assertions.length, 1);
  const a = google.assertions[0]!;
  t.like(a.header, { alg: 'RS256', typ: 'JWT', kid: 'key-1' });
  t.like(a.claims, { iss: EMAIL, aud: google.tokenUri, scope: FCM_SCOPE });
  t.is((a.claims.exp as number) - (a.claims.iat as number), 3600);
  t.deepEqual(google.sendAuth, ['Bearer ya29.test-1', 'Bearer ya29.test-1']);
  t.deepEqual(google.messages[0], {
    message: {
      token: 'reg-token-1',
      notification: { title: 'Ann', body: 'message 1' },
      data: { conversation_id: 'c1', message_id: 'm1', count: '2' },
      android: { collapse_key: 'c1', priority: 'HIGH', ttl: '600s', notification: { tag: 'c1', notification_count: 5 } },
      apns: { headers: { 'apns-collapse-id': 'c1', 'apns-priority': '10' }, payload: { aps: { 'thread-id': 'c1', badge: 5 } } },
    },
  });
});

test('concurrent sends share one token exchange', async (t) => {
  const google = await fakeGoogle();
  t.teardown(() => google.close());
  const { fcm } = provider(google);
  const results = await Promise.all([1, 2, 3, 4, 5].map((i) => fcm.send(phone(`tok-${i}`), note(i))));
  t.true(results.every((r) => r.status === 'delivered'));
  t.is(google.assertions.length, 1);
});

test('FCM errors: UNREGISTERED and an invalid token drop it, 503 and 429 retry after what they say', async (t) => {
  const google = await fakeGoogle();
  t.teardown(() => google.close());
  const { fcm } = provider(google);
  t.deepEqual(await fcm.send(phone('dead'), note(1)), { status: 'invalid_token', reason: 'fcm 404 UNREGISTERED' });
  t.deepEqual(await fcm.send(phone('garbage'), note(1)), { status: 'invalid_token', reason: 'fcm 400 INVALID_ARGUMENT' });
  t.deepEqual(await fcm.send(phone('busy'), note(1)), { status: 'retryable', reason: 'fcm 503 UNAVAILABLE', retryAfterMs: 3000 });
  t.deepEqual(await fcm.send(phone('quota'), note(1)), { status: 'retryable', reason: 'fcm 429 QUOTA_EXCEEDED', retryAfterMs: 10_000 });
});

test('a payload FCM refuses is permanent and does not drop the token', async (t) => {
  const google = await fakeGoogle();
  t.teardown(() => google.close());
  const { fcm } = provider(google);
  // A number in data (a caller bypassing the types): the fake answers, as FCM does, with a
  // google.rpc.BadRequest naming the field.
  const n = { ...note(1), data: { n: 1 as unknown as string } };
  t.deepEqual(await fcm.send(phone('tok'), n), { status: 'permanent', reason: 'fcm 400 INVALID_ARGUMENT message.data' });
});

test('401: the access token is refreshed once and the send retried', async (t) => {
  const google = await fakeGoogle();
  t.teardown(() => google.close());
  const { fcm } = provider(google);
  t.is((await fcm.send(phone('a'), note(1))).status, 'delivered');
  google.valid.clear(); // revoked behind our back
  t.is((await fcm.send(phone('b'), note(2))).status, 'delivered');
  t.is(google.assertions.length, 2);
  t.deepEqual(google.sendAuth, ['Bearer ya29.test-1', 'Bearer ya29.test-1', 'Bearer ya29.test-2']);
  // Refused again after the refresh: permanent, no loop.
  const stubborn = await fakeGoogle({ refuseAll: true });
  t.teardown(() => stubborn.close());
  const { fcm: fcm2 } = provider(stubborn);
  t.deepEqual(await fcm2.send(phone('c'), note(3)), { status: 'permanent', reason: 'fcm 401 UNAUTHENTICATED' });
  t.is(stubborn.sendAuth.length, 2);
});

test('the access token is kept until a minute before it expires', async (t) => {
  const google = await fakeGoogle();
  t.teardown(() => google.close());
  let now = Date.now();
  const { fcm, tokens } = provider(google, () => now);
  const first = await tokens.get();
  now += 3600_000 - 61_000;
  t.is(await tokens.get(), first);
  t.is(google.assertions.length, 1);
  now += 2000;
  const second = await tokens.get();
  t.not(second, first);
  t.is(google.assertions.length, 2);
  t.is((await fcm.send(phone('x'), note(1))).status, 'delivered');
  t.deepEqual(google.sendAuth, [`Bearer ${second}`]);
});

test('an assertion signed with the wrong key is refused: permanent; no token endpoint: retryable', async (t) => {
  const google = await fakeGoogle();
  t.teardown(() => google.close());
  const { fcm } = provider(google, undefined, rsaKeys().privatePem);
  const r = await fcm.send(phone('x'), note(1));
  t.is(r.status, 'permanent');
  t.regex((r as { reason: string }).reason, /access token: token endpoint answered 400/);
  t.is(google.messages.length, 0);
  const tokens = new GoogleAccessToken({ account: { ...account(google), token_uri: 'http://127.0.0.1:9/token' }, timeoutMs: 2000 });
  const offline = new FcmProvider({ projectId: PROJECT, tokens, baseUrl: google.url });
  t.is((await offline.send(phone('x'), note(1))).status, 'retryable');
});

test('through the dispatcher: an unregistered token is reported for removal', async (t) => {
  const google = await fakeGoogle();
  t.teardown(() => google.close());
  const { fcm } = provider(google);
  const invalid: PushTarget[] = [];
  const dispatcher = new PushDispatcher({
    providers: [fcm],
    targets: async () => [phone('dead'), phone('alive')],
    retry: { baseMs: 10, maxDelayMs: 100, maxAttempts: 3 },
    onInvalidToken: (_u, target) => void invalid.push(target),
  });
  await dispatcher.dispatch(note(1));
  await dispatcher.idle();
  await waitFor(() => invalid.length === 1, 'the callback');
  t.deepEqual(invalid, [phone('dead')]);
  t.deepEqual(google.messages.map((m) => m.message.token).sort(), ['alive', 'dead']);
  await dispatcher.close();
});
