// The authorization matrix (issue 7, point 4): every REST route and every ClientFrame type,
// tried by callers who must be refused: no token, an expired one, forged ones (wrong key,
// alg none, another algorithm, a tampered payload), a revoked device's, a non-member, a removed
// member, a plain member where admins decide, and callers using another user's ids. Each case
// is its own test. The route list comes from the router itself and the frame list from the
// .proto: a new route or frame type without an entry here fails the coverage tests.
import test from 'ava';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import protobuf from 'protobufjs';
import { SignJWT } from 'jose';
import type { TemplatedApp } from 'uWebSockets.js';
import { restRoutes } from '../src/gateway/routes/index.js';
import type { RouteDeps } from '../src/gateway/routes/deps.js';
import { TokenService } from '../src/gateway/tokens.js';
import type { parley } from '../src/gen/proto.js';
import type { Session } from './helpers/api.js';
import { authedSocket } from './helpers/authed-socket.js';
import { serverFixture } from './helpers/fixture.js';
import { RawSocket } from './helpers/raw-socket.js';
import { sleep } from './helpers/ephemeral.js';
import { until } from './helpers/clients.js';

const fx = serverFixture(test);

// --- what exists -----------------------------------------------------------------------

/** "METHOD /pattern" of every REST route, as the gateway registers them. */
function registeredRoutes(): string[] {
  const list: string[] = [];
  const recorder = new Proxy({}, { get: (_t, method: string) => (pattern: string) => void list.push(`${method === 'del' ? 'DELETE' : method.toUpperCase()} ${pattern}`) });
  restRoutes(recorder as TemplatedApp, {} as RouteDeps);
  return list;
}

/** The body types of ClientFrame, from the schema of record. */
function clientFrameTypes(): string[] {
  const protoDir = fileURLToPath(new URL('../proto', import.meta.url));
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => path.join(protoDir, target);
  root.loadSync('parley/v1/ws.proto', { keepCase: false });
  return root.lookupType('parley.v1.ClientFrame').oneofs!.body!.fieldsArray.map((f) => f.name);
}

// --- the world the cases run in ----------------------------------------------------------

type User = Session & { username: string; password: string };
interface World {
  alice: User; // admin of the group, in the direct conversation with bob
  bob: User; // plain member of the group
  carol: User; // in nothing
  dave: User; // was in the group, removed
  group: string;
  direct: string;
  /** A group message sent while dave was a member, and one after. */
  before: string;
  after: string;
  groupSeq: number;
  /** Alice's second device, revoked. */
  revoked: Session;
  tokens: Record<TokenActor, string | undefined>;
}
const w = {} as World;

type TokenActor = 'no token' | 'garbage token' | 'expired token' | 'token signed with another key' | 'alg none token' | 'HS512 token' | 'tampered payload token' | "revoked device's token";
const TOKEN_ACTORS: TokenActor[] = ['no token', 'garbage token', 'expired token', 'token signed with another key', 'alg none token', 'HS512 token', 'tampered payload token', "revoked device's token"];

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

async function forgedTokens(): Promise<World['tokens']> {
  const { JWT_SECRET } = fx.server.config;
  const now = Math.floor(Date.now() / 1000);
  const claims = { sub: w.alice.user_id, did: w.alice.device_id, iat: now, exp: now + 3600 };
  const expired = await new TokenService(JWT_SECRET, 60).issue({ userId: w.alice.user_id, deviceId: w.alice.device_id }, Date.now(), -10);
  const otherKey = await new TokenService('not-the-server-secret-at-all', 3600).issue({ userId: w.alice.user_id, deviceId: w.alice.device_id }, Date.now());
  const hs512 = await new SignJWT({ did: w.alice.device_id }).setProtectedHeader({ alg: 'HS512' }).setSubject(w.alice.user_id).setIssuedAt().setExpirationTime('1h').sign(new TextEncoder().encode(JWT_SECRET));
  // Bob's valid token with the payload swapped for Alice's identity, Bob's signature kept.
  const [head, , sig] = w.bob.token.split('.');
  return {
    'no token': undefined,
    'garbage token': 'not.a.token',
    'expired token': expired.token,
    'token signed with another key': otherKey.token,
    'alg none token': `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`,
    'HS512 token': hs512,
    'tampered payload token': `${head}.${b64(claims)}.${sig}`,
    "revoked device's token": w.revoked.token,
  };
}

/** What the world looks like through the API; a refused request must not change it. */
async function snapshot(): Promise<unknown> {
  const { api } = fx;
  const group = await api.ok('GET', `/v1/conversations/${w.group}`, undefined, w.alice.token);
  const groupMessages = await api.ok('GET', `/v1/conversations/${w.group}/messages?limit=200`, undefined, w.alice.token);
  const directMessages = await api.ok('GET', `/v1/conversations/${w.direct}/messages?limit=200`, undefined, w.alice.token);
  const devices = await api.ok('GET', `/v1/users/${w.alice.user_id}/devices`, undefined, w.alice.token);
  const bobDevices = await api.ok('GET', `/v1/users/${w.bob.user_id}/devices`, undefined, w.bob.token);
  const receipts = await api.ok('GET', `/v1/messages/${w.after}/read_receipts`, undefined, w.alice.token);
  const profiles = await Promise.all([w.alice, w.bob].map((u) => api.ok('GET', `/v1/users/${u.user_id}`, undefined, u.token)));
  const lists = await Promise.all([w.alice, w.dave].map((u) => api.ok('GET', `/v1/users/${u.user_id}/conversations`, undefined, u.token)));
  return {
    group: { ...group },
    groupMessages: groupMessages.messages.map((m: any) => [m.seq, m.sender_id, m.text]),
    directMessages: directMessages.messages.map((m: any) => [m.seq, m.sender_id, m.text]),
    devices: devices.devices.map((d: any) => [d.device_id, d.push_registered, d.push_kind]),
    bobDevices: bobDevices.devices.map((d: any) => [d.device_id, d.push_registered, d.push_kind]),
    receipts: receipts.receipts.map((r: any) => [r.user_id, r.read_at_ms !== null]),
    profiles: profiles.map((p: any) => [p.user_id, p.display_name, p.email, p.deleted]),
    lists: lists.map((l: any) => l.conversations.map((c: any) => [c.conversation_id, c.member_ids.length, c.read_seq])),
  };
}
let before: unknown;

test.serial.before(async () => {
  const { api } = fx;
  w.alice = await api.newUser('alice');
  w.bob = await api.newUser('bob');
  w.carol = await api.newUser('carol');
  w.dave = await api.newUser('dave');
  const group = await api.ok('POST', '/v1/conversations', { type: 'group', name: 'club', participant_ids: [w.bob.user_id, w.dave.user_id] }, w.alice.token);
  w.group = group.conversation_id;
  w.direct = await api.direct(w.alice, w.bob);
  w.before = (await api.ok('POST', `/v1/conversations/${w.group}/messages`, { text: 'before' }, w.alice.token)).message_id;
  await api.ok('DELETE', `/v1/conversations/${w.group}/participants/${w.dave.user_id}`, undefined, w.alice.token);
  const after = await api.ok('POST', `/v1/conversations/${w.group}/messages`, { text: 'after' }, w.alice.token);
  w.after = after.message_id;
  w.groupSeq = after.seq;
  await api.ok('POST', `/v1/conversations/${w.direct}/messages`, { text: 'hi bob' }, w.alice.token);
  w.revoked = await api.login(w.alice.username, w.alice.password);
  const r = await api.call('DELETE', `/v1/users/${w.alice.user_id}/devices/${w.revoked.device_id}`, undefined, w.alice.token);
  if (r.status !== 204) throw new Error(`revoking failed: ${r.status}`);
  w.tokens = await forgedTokens();
  before = await snapshot();
});

// --- REST --------------------------------------------------------------------------------

interface Req {
  method: string;
  path: string;
  body?: unknown;
}
interface Refusal {
  /** Who, doing what, in words (the test's name). */
  who: string;
  token: () => string;
  /** Defaults to the route's request. */
  request?: () => Req;
  status: number;
  code: string;
}
interface RouteCase {
  /** The request a permitted caller (alice, the group's admin) would make. */
  request: () => Omit<Req, 'method'>;
  /** Open to anyone (sign up, log in): no token checks. */
  public?: boolean;
  refused: Refusal[];
}

const nonMember = (status = 403, code = 'not_member'): Refusal[] => [
  { who: 'a non-member', token: () => w.carol.token, status, code },
  { who: 'a removed member', token: () => w.dave.token, status, code },
];
const adminOnly: Refusal = { who: 'a plain member (not admin)', token: () => w.bob.token, status: 403, code: 'forbidden' };
const someoneElse = (code = 'forbidden', status = 403): Refusal => ({ who: "another user (the path names alice's id)", token: () => w.carol.token, status, code });

const ROUTES: Record<string, RouteCase> = {
  'POST /v1/users': {
    public: true,
    request: () => ({ path: '/v1/users', body: { username: 'x', password: 'y' } }),
    refused: [
      // Signing up under an existing name does not take that account over.
      { who: "someone signing up with alice's username", token: () => '', request: () => ({ method: 'POST', path: '/v1/users', body: { username: w.alice.username, password: 'another password', email: 'evil@example.com' } }), status: 409, code: 'username_taken' },
    ],
  },
  'POST /v1/sessions': {
    public: true,
    request: () => ({ path: '/v1/sessions', body: {} }),
    refused: [
      { who: "someone logging in as alice with a wrong password", token: () => '', request: () => ({ method: 'POST', path: '/v1/sessions', body: { username: w.alice.username, password: 'wrong password' } }), status: 401, code: 'unauthenticated' },
      { who: 'a login for an unknown user', token: () => '', request: () => ({ method: 'POST', path: '/v1/sessions', body: { username: 'nobody_here', password: 'whatever1' } }), status: 401, code: 'unauthenticated' },
    ],
  },
  // Profiles are readable by any signed-in user (without email and settings: see below).
  'GET /v1/users/:id': { request: () => ({ path: `/v1/users/${w.alice.user_id}` }), refused: [] },
  'PUT /v1/users/:id': { request: () => ({ path: `/v1/users/${w.alice.user_id}`, body: { display_name: 'pwned' } }), refused: [someoneElse()] },
  'DELETE /v1/users/:id': { request: () => ({ path: `/v1/users/${w.alice.user_id}` }), refused: [someoneElse()] },
  'POST /v1/conversations': {
    request: () => ({ path: '/v1/conversations', body: { type: 'group', name: 'g', participant_ids: [w.bob.user_id] } }),
    refused: [],
  },
  'GET /v1/conversations/:id': { request: () => ({ path: `/v1/conversations/${w.group}` }), refused: nonMember() },
  'PATCH /v1/conversations/:id': { request: () => ({ path: `/v1/conversations/${w.group}`, body: { name: 'pwned' } }), refused: [...nonMember(), adminOnly] },
  'POST /v1/conversations/:id/participants': {
    request: () => ({ path: `/v1/conversations/${w.group}/participants`, body: { user_id: w.carol.user_id } }),
    refused: [
      { who: 'a non-member adding themself', token: () => w.carol.token, status: 403, code: 'not_member' },
      { who: 'a removed member adding themself back', token: () => w.dave.token, request: () => ({ method: 'POST', path: `/v1/conversations/${w.group}/participants`, body: { user_id: w.dave.user_id } }), status: 403, code: 'not_member' },
      { ...adminOnly, who: 'a plain member adding someone' },
      { who: 'a member adding people to a direct conversation', token: () => w.alice.token, request: () => ({ method: 'POST', path: `/v1/conversations/${w.direct}/participants`, body: { user_id: w.carol.user_id } }), status: 400, code: 'bad_request' },
    ],
  },
  'DELETE /v1/conversations/:id/participants/:user': {
    request: () => ({ path: `/v1/conversations/${w.group}/participants/${w.bob.user_id}` }),
    refused: [
      ...nonMember(),
      { who: 'a plain member removing the admin', token: () => w.bob.token, request: () => ({ method: 'DELETE', path: `/v1/conversations/${w.group}/participants/${w.alice.user_id}` }), status: 403, code: 'forbidden' },
    ],
  },
  'PUT /v1/conversations/:id/participants/:user': {
    request: () => ({ path: `/v1/conversations/${w.group}/participants/${w.carol.user_id}`, body: { role: 'admin' } }),
    refused: [
      ...nonMember(),
      { who: 'a plain member making themself admin', token: () => w.bob.token, request: () => ({ method: 'PUT', path: `/v1/conversations/${w.group}/participants/${w.bob.user_id}`, body: { role: 'admin' } }), status: 403, code: 'forbidden' },
    ],
  },
  'GET /v1/users/:id/conversations': { request: () => ({ path: `/v1/users/${w.alice.user_id}/conversations` }), refused: [someoneElse()] },
  'GET /v1/conversations/:id/messages': {
    request: () => ({ path: `/v1/conversations/${w.group}/messages` }),
    refused: [...nonMember(), { who: 'a non-member paging from a seq', token: () => w.carol.token, request: () => ({ method: 'GET', path: `/v1/conversations/${w.group}/messages?after=0&limit=200` }), status: 403, code: 'not_member' }],
  },
  'POST /v1/conversations/:id/messages': {
    request: () => ({ path: `/v1/conversations/${w.group}/messages`, body: { text: 'let me in' } }),
    refused: [...nonMember(), { who: 'a non-member posting to a direct conversation', token: () => w.carol.token, request: () => ({ method: 'POST', path: `/v1/conversations/${w.direct}/messages`, body: { text: 'let me in' } }), status: 403, code: 'not_member' }],
  },
  // Someone outside the conversation is not told that the message exists.
  'GET /v1/messages/:id': { request: () => ({ path: `/v1/messages/${w.after}` }), refused: [...nonMember(404, 'not_found'), { who: 'a removed member, a message from while they were in', token: () => w.dave.token, request: () => ({ method: 'GET', path: `/v1/messages/${w.before}` }), status: 404, code: 'not_found' }] },
  'GET /v1/messages/:id/read_receipts': { request: () => ({ path: `/v1/messages/${w.after}/read_receipts` }), refused: nonMember(404, 'not_found') },
  'POST /v1/messages/:id/read_receipts': { request: () => ({ path: `/v1/messages/${w.after}/read_receipts` }), refused: nonMember(404, 'not_found') },
  'GET /v1/users/:id/devices': { request: () => ({ path: `/v1/users/${w.alice.user_id}/devices` }), refused: [someoneElse()] },
  'DELETE /v1/users/:id/devices/:device_id': {
    request: () => ({ path: `/v1/users/${w.alice.user_id}/devices/${w.alice.device_id}` }),
    refused: [
      someoneElse(),
      { who: "alice revoking bob's device under her own user id", token: () => w.alice.token, request: () => ({ method: 'DELETE', path: `/v1/users/${w.alice.user_id}/devices/${w.bob.device_id}` }), status: 404, code: 'not_found' },
    ],
  },
  'PUT /v1/users/:id/devices/:device_id/push': {
    request: () => ({ path: `/v1/users/${w.alice.user_id}/devices/${w.alice.device_id}/push`, body: { kind: 'webhook', token: 'hook' } }),
    refused: [
      someoneElse(),
      { who: "alice registering a push token on bob's device under her own user id", token: () => w.alice.token, request: () => ({ method: 'PUT', path: `/v1/users/${w.alice.user_id}/devices/${w.bob.device_id}/push`, body: { kind: 'webhook', token: 'steal' } }), status: 404, code: 'not_found' },
    ],
  },
  'DELETE /v1/users/:id/devices/:device_id/push': {
    request: () => ({ path: `/v1/users/${w.alice.user_id}/devices/${w.alice.device_id}/push` }),
    refused: [
      someoneElse(),
      { who: "alice removing bob's push token under her own user id", token: () => w.alice.token, request: () => ({ method: 'DELETE', path: `/v1/users/${w.alice.user_id}/devices/${w.bob.device_id}/push` }), status: 404, code: 'not_found' },
    ],
  },
  'PUT /v1/conversations/:id/mute': { request: () => ({ path: `/v1/conversations/${w.group}/mute`, body: { muted: true } }), refused: nonMember() },
};

const routes = registeredRoutes();

test.serial('coverage: every registered REST route has a matrix entry, and every entry is a route', (t) => {
  t.true(routes.length >= 20, `found ${routes.length} routes`);
  t.deepEqual(routes.filter((r) => !(r in ROUTES)), [], 'routes without a matrix entry');
  t.deepEqual(Object.keys(ROUTES).filter((r) => !routes.includes(r)), [], 'entries for routes that do not exist');
});

async function call(req: Req, token: string | undefined): Promise<{ status: number; body: any }> {
  return fx.api.call(req.method, req.path, req.body, token || undefined);
}

for (const key of routes) {
  const entry = ROUTES[key];
  if (!entry) continue; // the coverage test fails
  const method = key.slice(0, key.indexOf(' '));
  if (!entry.public) {
    for (const actor of TOKEN_ACTORS) {
      test.serial(`${key}: refused with ${actor}`, async (t) => {
        const r = await call({ method, ...entry.request() }, w.tokens[actor]);
        t.is(r.status, 401);
        t.is(r.body?.error?.code, actor === 'expired token' ? 'token_expired' : 'unauthenticated');
      });
    }
  }
  for (const refusal of entry.refused) {
    test.serial(`${key}: refused for ${refusal.who}`, async (t) => {
      const r = await call(refusal.request?.() ?? { method, ...entry.request() }, refusal.token());
      t.is(r.status, refusal.status, JSON.stringify(r.body));
      t.is(r.body?.error?.code, refusal.code);
    });
  }
}

test.serial("GET /v1/users/:id: another user sees the public profile only (no email, no settings)", async (t) => {
  const r = await fx.api.ok('GET', `/v1/users/${w.alice.user_id}`, undefined, w.carol.token);
  t.is(r.user_id, w.alice.user_id);
  t.false('email' in r);
  t.false('hide_last_seen' in r);
});

test.serial('POST /v1/conversations/:id/messages: the sender is the token, whatever ids the body names', async (t) => {
  const conv = await fx.api.direct(w.bob, w.carol);
  const r = await fx.api.ok('POST', `/v1/conversations/${conv}/messages`, { text: 'who am i', sender_id: w.carol.user_id, user_id: w.carol.user_id }, w.bob.token);
  // Sent means durable in the log; the history read model follows a moment later.
  let m: any;
  await until(async () => (m = (await fx.api.call('GET', `/v1/messages/${r.message_id}`, undefined, w.bob.token)).body).sender_id !== undefined, 10_000, 'the message in history');
  t.is(m.sender_id, w.bob.user_id);
});

// --- WebSocket -----------------------------------------------------------------------------

const frameTypes = clientFrameTypes();

/** A valid-looking frame of each type, aimed at the group (or at alice's things). */
const FRAMES: Record<string, () => parley.v1.IClientFrame> = {
  send: () => ({ send: { conversationId: w.group, clientMsgId: `x${Math.random()}`, text: 'let me in' } }),
  ack: () => ({ ack: { cursor: 1 } }),
  markRead: () => ({ markRead: { conversationId: w.group, upToSeq: w.groupSeq } }),
  typing: () => ({ typing: { conversationId: w.group, on: true } }),
  heartbeat: () => ({ heartbeat: {} }),
  auth: () => ({ auth: { token: w.alice.token } }),
};

/** Per frame type, what a signed-in user who is not allowed gets, or why nothing applies. */
interface FrameRefusal {
  who: string;
  as: () => Session;
  frame: () => parley.v1.IClientFrame;
  code: string;
}
const FRAME_REFUSALS: Record<string, FrameRefusal[] | string> = {
  send: [
    { who: 'a non-member', as: () => w.carol, frame: FRAMES.send!, code: 'not_member' },
    { who: 'a removed member', as: () => w.dave, frame: FRAMES.send!, code: 'not_member' },
  ],
  markRead: [
    { who: 'a non-member', as: () => w.carol, frame: FRAMES.markRead!, code: 'not_member' },
    { who: 'a removed member', as: () => w.dave, frame: FRAMES.markRead!, code: 'not_member' },
  ],
  typing: [
    { who: 'a non-member', as: () => w.carol, frame: FRAMES.typing!, code: 'not_member' },
    { who: 'a removed member', as: () => w.dave, frame: FRAMES.typing!, code: 'not_member' },
  ],
  ack: [
    // A feed is the connection's own user's: a cursor beyond what this socket was sent is refused.
    { who: 'a user acknowledging a cursor it was never sent', as: () => w.carol, frame: () => ({ ack: { cursor: 1_000_000 } }), code: 'bad_request' },
    { who: 'a non-member acknowledging a group', as: () => w.carol, frame: () => ({ ack: { conversationId: w.group, seq: w.groupSeq } }), code: 'bad_request' },
    { who: 'a removed member acknowledging the group', as: () => w.dave, frame: () => ({ ack: { conversationId: w.group, seq: w.groupSeq } }), code: 'bad_request' },
  ],
  auth: [
    // Identity is fixed for the life of a connection: another user's token changes nothing.
    { who: "a signed-in user sending another user's token", as: () => w.carol, frame: () => ({ auth: { token: w.alice.token } }), code: 'bad_request' },
  ],
  heartbeat: 'names nothing but the connection itself; only authentication applies',
};

test.serial('coverage: every ClientFrame type has a matrix entry, and every entry is a frame type', (t) => {
  t.true(frameTypes.length >= 6);
  t.deepEqual(frameTypes.filter((f) => !(f in FRAMES) || !(f in FRAME_REFUSALS)), [], 'frame types without an entry');
  t.deepEqual(Object.keys(FRAME_REFUSALS).filter((f) => !frameTypes.includes(f)), [], 'entries for frame types that do not exist');
});

for (const type of frameTypes) {
  if (!FRAMES[type]) continue;
  if (type !== 'auth') {
    test.serial(`frame ${type}: refused before authentication (unauthenticated), and not acted on`, async (t) => {
      const sock = await RawSocket.open(fx.server.ws);
      t.teardown(() => sock.close());
      sock.sendFrame({ id: 7, ...FRAMES[type]!() });
      t.is((await sock.error(7)).error!.code, 'unauthenticated');
      t.false(sock.frames.some((f) => f.body !== 'error'));
    });
  }
  const refusals = FRAME_REFUSALS[type];
  if (!Array.isArray(refusals)) continue;
  for (const r of refusals) {
    test.serial(`frame ${type}: refused for ${r.who} (${r.code})`, async (t) => {
      const sock = await authedSocket(fx.server.ws, r.as().token);
      t.teardown(() => sock.close());
      sock.sendFrame({ id: 9, ...r.frame() });
      t.is((await sock.error(9)).error!.code, r.code);
      t.false(sock.frames.some((f) => f.body === 'sent'));
    });
  }
}

for (const actor of TOKEN_ACTORS) {
  const expectedCode = actor === 'expired token' ? 'token_expired' : 'unauthenticated';
  if (actor !== 'no token') {
    test.serial(`WebSocket upgrade: refused with ${actor} (401 ${expectedCode})`, async (t) => {
      const err: any = await t.throwsAsync(RawSocket.open(fx.server.ws, { authorization: `Bearer ${w.tokens[actor]}` }));
      t.is(err.status, 401);
      t.is(err.body.error.code, expectedCode);
      const viaQuery: any = await t.throwsAsync(RawSocket.open(`${fx.server.ws}?token=${encodeURIComponent(w.tokens[actor]!)}`));
      t.is(viaQuery.status, 401);
    });
  }
  test.serial(`WebSocket Auth frame: refused with ${actor}; the socket is closed and no session starts`, async (t) => {
    const sock = await RawSocket.open(fx.server.ws);
    t.teardown(() => sock.close());
    sock.sendFrame({ id: 1, auth: { token: w.tokens[actor] ?? '' } });
    t.is((await sock.error(1)).error!.code, expectedCode);
    t.is((await sock.waitClosed()).code, actor === 'expired token' ? 4002 : 4001);
    t.false(sock.frames.some((f) => f.body === 'welcome'));
  });
}

test.serial('Typing names its user from the connection: a user_id in the frame cannot impersonate', async (t) => {
  const watcher = await authedSocket(fx.server.ws, w.alice.token);
  const typist = await authedSocket(fx.server.ws, w.bob.token);
  t.teardown(() => (watcher.close(), typist.close()));
  typist.sendFrame({ id: 3, typing: { conversationId: w.direct, userId: w.dave.user_id, on: true } });
  const seen = await watcher.next((f) => f.body === 'typing');
  t.is(seen.typing!.userId, w.bob.user_id);
});

test.serial('an open socket of a device revoked meanwhile is closed with 4003, and its frames go nowhere', async (t) => {
  const extra = await fx.api.login(w.bob.username, w.bob.password);
  const sock = await authedSocket(fx.server.ws, extra.token);
  t.teardown(() => sock.close());
  await fx.api.ok('DELETE', `/v1/users/${w.bob.user_id}/devices/${extra.device_id}`, undefined, w.bob.token);
  t.is((await sock.waitClosed()).code, 4003);
  // The world snapshot (taken before) knows bob's devices without this one: nothing to undo.
});

test.serial('no refused request changed anything (same conversations, members, messages, receipts, devices, profiles)', async (t) => {
  await sleep(300); // anything wrongly accepted would have reached the read models by now
  t.deepEqual(await snapshot(), before);
});
