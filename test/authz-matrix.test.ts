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
import { jpeg } from './helpers/media.js';
import { createHash } from 'node:crypto';
import { MediaUrlSigner } from '../src/media/url-signer.js';

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
  /** Dave's own group message, sent while he was a member. */
  daves: string;
  /** Bob's message in the direct conversation (alice is no admin there). */
  bobDirect: string;
  /** Alice's image, verified and sent in the group. */
  media: string;
  /** Alice's upload slot in the group: bytes uploaded, not completed, not sent. */
  pending: string;
  /** A valid signed download link (gateway store) for alice's sent image. */
  mediaUrl: string;
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
  const bobGroup = await api.ok('GET', `/v1/conversations/${w.group}/messages?limit=200`, undefined, w.bob.token);
  const media = await Promise.all([w.media, w.pending].map((id) => api.ok('GET', `/v1/media/${id}`, undefined, w.alice.token)));
  // The pending slot's stored bytes, as its uploader reads them: an upload by anyone else would change them.
  const res = await fetch(`${api.base}/v1/media/${w.pending}/content`, { headers: { authorization: `Bearer ${w.alice.token}` } });
  const pendingBytes = [res.status, createHash('sha256').update(new Uint8Array(await res.arrayBuffer())).digest('hex')];
  return {
    group: { ...group },
    groupMessages: groupMessages.messages.map((m: any) => [m.seq, m.sender_id, m.text]),
    directMessages: directMessages.messages.map((m: any) => [m.seq, m.sender_id, m.text]),
    devices: devices.devices.map((d: any) => [d.device_id, d.push_registered, d.push_kind]),
    bobDevices: bobDevices.devices.map((d: any) => [d.device_id, d.push_registered, d.push_kind]),
    receipts: receipts.receipts.map((r: any) => [r.user_id, r.read_at_ms !== null]),
    profiles: profiles.map((p: any) => [p.user_id, p.display_name, p.email, p.deleted]),
    lists: lists.map((l: any) => l.conversations.map((c: any) => [c.conversation_id, c.member_ids.length, c.read_seq])),
    // Edits, deletions (a deleted message leaves history), reactions, hides.
    lifecycle: [groupMessages, directMessages].map((h: any) => h.messages.map((m: any) => [m.message_id, m.text, m.edited, m.edited_at_ms, m.media_ids, m.reactions])),
    bobsView: bobGroup.messages.map((m: any) => [m.message_id, m.text, m.edited, m.reactions]),
    media: media.map((m: any) => [m.id, m.status, m.size, m.content_type, m.conversation_id, m.uploader_id, m.filename, m.delete_reason]),
    pendingBytes,
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
  w.daves = (await api.ok('POST', `/v1/conversations/${w.group}/messages`, { text: 'dave was here' }, w.dave.token)).message_id;
  await api.ok('DELETE', `/v1/conversations/${w.group}/participants/${w.dave.user_id}`, undefined, w.alice.token);
  const after = await api.ok('POST', `/v1/conversations/${w.group}/messages`, { text: 'after' }, w.alice.token);
  w.after = after.message_id;
  w.groupSeq = after.seq;
  await api.ok('POST', `/v1/conversations/${w.direct}/messages`, { text: 'hi bob' }, w.alice.token);
  w.bobDirect = (await api.ok('POST', `/v1/conversations/${w.direct}/messages`, { text: 'hi alice' }, w.bob.token)).message_id;
  await until(async () => (await api.call('GET', `/v1/messages/${w.bobDirect}`, undefined, w.alice.token)).status === 200, 10_000, "bob's direct message in history");
  await until(async () => (await api.call('GET', `/v1/messages/${w.after}`, undefined, w.bob.token)).status === 200, 10_000, 'the group message in history');
  await api.ok('POST', `/v1/messages/${w.after}/reactions`, { emoji: '👍' }, w.bob.token);
  // Media: one image verified and sent in the group, one slot with bytes but not completed.
  const image = await jpeg(64, 48);
  const upload = async (): Promise<string> => {
    const slot = await api.ok('POST', '/v1/media', { conversation_id: w.group, content_type: 'image/jpeg', size: image.length, filename: 'cat.jpg' }, w.alice.token);
    if (slot.upload_auth !== 'bearer') throw new Error('the matrix expects the gateway store (signed gateway links)');
    const put = await fetch(new URL(slot.upload_url, api.base), { method: 'PUT', headers: { ...slot.upload_headers, authorization: `Bearer ${w.alice.token}` }, body: new Uint8Array(image) });
    if (put.status !== 200) throw new Error(`upload failed: ${put.status}`);
    return slot.media_id;
  };
  w.media = await upload();
  await api.ok('POST', `/v1/media/${w.media}/complete`, undefined, w.alice.token);
  const cat = await api.ok('POST', `/v1/conversations/${w.group}/messages`, { text: 'a cat', media_ids: [w.media] }, w.alice.token);
  await until(async () => (await api.call('GET', `/v1/messages/${cat.message_id}`, undefined, w.alice.token)).status === 200, 10_000, 'the image message in history');
  await until(async () => (await api.call('GET', `/v1/media/${w.media}`, undefined, w.bob.token)).status === 200, 10_000, 'the image attached');
  w.pending = await upload();
  w.mediaUrl = (await api.ok('GET', `/v1/media/${w.media}/url`, undefined, w.alice.token)).url;
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
/** A non-member reading a direct message: there history hides nothing from members, so only membership guards it. */
const directNonMember = (suffix: string): Refusal => ({ who: 'a non-member, a direct message', token: () => w.carol.token, request: () => ({ method: 'GET', path: `/v1/messages/${w.bobDirect}${suffix}` }), status: 404, code: 'not_found' });
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
  'GET /v1/messages/:id': { request: () => ({ path: `/v1/messages/${w.after}` }), refused: [...nonMember(404, 'not_found'), { who: 'a removed member, a message from while they were in', token: () => w.dave.token, request: () => ({ method: 'GET', path: `/v1/messages/${w.before}` }), status: 404, code: 'not_found' }, directNonMember('')] },
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
  // Looking someone up by username is open to any signed-in user (the public profile: see below).
  'GET /v1/users': { request: () => ({ path: `/v1/users?username=${w.alice.username}` }), refused: [] },

  // --- the message lifecycle (docs/lifecycle.md): outside the conversation a message does not exist
  'PATCH /v1/messages/:id': {
    request: () => ({ path: `/v1/messages/${w.after}`, body: { text: 'pwned' } }),
    refused: [
      ...nonMember(404, 'not_found'),
      { who: 'a removed member editing their own message from while they were in', token: () => w.dave.token, request: () => ({ method: 'PATCH', path: `/v1/messages/${w.daves}`, body: { text: 'pwned' } }), status: 404, code: 'not_found' },
      { who: "a member editing someone else's message", token: () => w.bob.token, status: 403, code: 'forbidden' },
      { who: "a group admin editing a member's message", token: () => w.alice.token, request: () => ({ method: 'PATCH', path: `/v1/messages/${w.daves}`, body: { text: 'pwned' } }), status: 403, code: 'forbidden' },
      { who: "a member editing the other side's direct message", token: () => w.alice.token, request: () => ({ method: 'PATCH', path: `/v1/messages/${w.bobDirect}`, body: { text: 'pwned' } }), status: 403, code: 'forbidden' },
    ],
  },
  'DELETE /v1/messages/:id': {
    request: () => ({ path: `/v1/messages/${w.after}?for=everyone` }),
    refused: [
      ...nonMember(404, 'not_found'),
      { who: 'a non-member deleting for themself', token: () => w.carol.token, request: () => ({ method: 'DELETE', path: `/v1/messages/${w.after}?for=me` }), status: 404, code: 'not_found' },
      { who: 'a removed member deleting their own message from while they were in', token: () => w.dave.token, request: () => ({ method: 'DELETE', path: `/v1/messages/${w.daves}?for=everyone` }), status: 404, code: 'not_found' },
      { who: "a plain member deleting the admin's message for everyone", token: () => w.bob.token, status: 403, code: 'forbidden' },
      { who: "a plain member deleting another member's message for everyone", token: () => w.bob.token, request: () => ({ method: 'DELETE', path: `/v1/messages/${w.daves}?for=everyone` }), status: 403, code: 'forbidden' },
      { who: "a member deleting the other side's direct message for everyone (no admins there)", token: () => w.alice.token, request: () => ({ method: 'DELETE', path: `/v1/messages/${w.bobDirect}?for=everyone` }), status: 403, code: 'forbidden' },
    ],
  },
  'GET /v1/messages/:id/reactions': {
    request: () => ({ path: `/v1/messages/${w.after}/reactions` }),
    refused: [...nonMember(404, 'not_found'), { who: 'a removed member, a message from while they were in', token: () => w.dave.token, request: () => ({ method: 'GET', path: `/v1/messages/${w.before}/reactions` }), status: 404, code: 'not_found' }, directNonMember('/reactions')],
  },
  'POST /v1/messages/:id/reactions': {
    request: () => ({ path: `/v1/messages/${w.after}/reactions`, body: { emoji: '👎' } }),
    refused: [...nonMember(404, 'not_found'), { who: 'a removed member, a message from while they were in', token: () => w.dave.token, request: () => ({ method: 'POST', path: `/v1/messages/${w.before}/reactions`, body: { emoji: '👎' } }), status: 404, code: 'not_found' }],
  },
  // Bob's 👍 is on the message: nobody else takes it away (a user removes only their own).
  'DELETE /v1/messages/:id/reactions/:emoji': {
    request: () => ({ path: `/v1/messages/${w.after}/reactions/${encodeURIComponent('👍')}` }),
    refused: nonMember(404, 'not_found'),
  },
  'GET /v1/messages/:id/thread': {
    request: () => ({ path: `/v1/messages/${w.after}/thread` }),
    refused: [...nonMember(404, 'not_found'), { who: 'a removed member, a message from while they were in', token: () => w.dave.token, request: () => ({ method: 'GET', path: `/v1/messages/${w.before}/thread` }), status: 404, code: 'not_found' }, directNonMember('/thread')],
  },
  // A removed member may still search what was said while they were in (see the search test below).
  'GET /v1/search': {
    request: () => ({ path: `/v1/search?q=after&conversation_id=${w.group}` }),
    refused: [{ who: 'a non-member searching the group', token: () => w.carol.token, status: 403, code: 'not_member' }],
  },

  // --- media (docs/media.md): before it is sent only the uploader sees it, after that the members
  'POST /v1/media': {
    request: () => ({ path: '/v1/media', body: { conversation_id: w.group, content_type: 'image/jpeg', size: 100, filename: 'x.jpg' } }),
    refused: [
      ...nonMember(),
      { who: 'a non-member uploading into a direct conversation', token: () => w.carol.token, request: () => ({ method: 'POST', path: '/v1/media', body: { conversation_id: w.direct, content_type: 'image/jpeg', size: 100 } }), status: 403, code: 'not_member' },
    ],
  },
  // Someone else's upload slot does not exist for the caller (even a member of its conversation).
  'PUT /v1/media/:id/content': {
    request: () => ({ path: `/v1/media/${w.pending}/content`, body: 'overwritten' }),
    refused: [
      { who: "a member uploading into alice's slot", token: () => w.bob.token, status: 404, code: 'media_not_found' },
      { who: "a non-member uploading into alice's slot", token: () => w.carol.token, status: 404, code: 'media_not_found' },
    ],
  },
  'POST /v1/media/:id/complete': {
    request: () => ({ path: `/v1/media/${w.pending}/complete` }),
    refused: [
      { who: "a member completing alice's upload", token: () => w.bob.token, status: 404, code: 'media_not_found' },
      { who: "a non-member completing alice's upload", token: () => w.carol.token, status: 404, code: 'media_not_found' },
    ],
  },
  'GET /v1/media/:id': {
    request: () => ({ path: `/v1/media/${w.media}` }),
    refused: [...nonMember(403, 'forbidden'), { who: 'a member, media not sent yet', token: () => w.bob.token, request: () => ({ method: 'GET', path: `/v1/media/${w.pending}` }), status: 403, code: 'forbidden' }],
  },
  'GET /v1/media/:id/url': {
    request: () => ({ path: `/v1/media/${w.media}/url` }),
    refused: [...nonMember(403, 'forbidden'), { who: 'a member, media not sent yet', token: () => w.bob.token, request: () => ({ method: 'GET', path: `/v1/media/${w.pending}/url` }), status: 403, code: 'forbidden' }],
  },
  'GET /v1/media/:id/content': {
    request: () => ({ path: `/v1/media/${w.media}/content` }),
    refused: [
      ...nonMember(403, 'forbidden'),
      { who: 'a member, media not sent yet', token: () => w.bob.token, request: () => ({ method: 'GET', path: `/v1/media/${w.pending}/content` }), status: 403, code: 'forbidden' },
      { who: 'a forged signed link', token: () => '', request: () => signedLink(w.media, { sig: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }), status: 403, code: 'forbidden' },
      { who: 'a signed link with its expiry pushed out', token: () => '', request: () => signedLink(w.media, { exp: String(Date.now() + 86_400_000) }), status: 403, code: 'forbidden' },
      { who: 'a signed link moved to another media', token: () => '', request: () => signedLink(w.pending), status: 403, code: 'forbidden' },
      { who: 'a signed link moved to another variant', token: () => '', request: () => signedLink(w.media, { variant: 'thumbnail' }), status: 403, code: 'forbidden' },
      { who: "an expired signed link (the server's key)", token: () => '', request: () => expiredLink(w.media), status: 403, code: 'link_expired' },
    ],
  },
};

/** Alice's valid signed link for her image, aimed at mediaId with some of its query replaced. */
function signedLink(mediaId: string, replace: Record<string, string> = {}): Req {
  const url = new URL(w.mediaUrl, 'http://x');
  const q = new URLSearchParams(url.search);
  if (!q.get('sig') || !q.get('exp')) throw new Error(`not a signed gateway link: ${w.mediaUrl}`);
  for (const [k, v] of Object.entries(replace)) q.set(k, v);
  return { method: 'GET', path: `/v1/media/${mediaId}/content?${q}` };
}

function expiredLink(mediaId: string): Req {
  const { MEDIA_URL_SECRET, JWT_SECRET } = fx.server.config;
  const exp = Date.now() - 1000;
  const sig = new MediaUrlSigner(MEDIA_URL_SECRET ?? JWT_SECRET).sign(mediaId, 'original', exp);
  return { method: 'GET', path: `/v1/media/${mediaId}/content?${new URLSearchParams({ variant: 'original', exp: String(exp), sig })}` };
}

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

test.serial('GET /v1/users: a lookup by username shows another user the public profile only', async (t) => {
  const r = await fx.api.ok('GET', `/v1/users?username=${w.alice.username}`, undefined, w.carol.token);
  t.is(r.user_id, w.alice.user_id);
  t.false('email' in r);
  t.false('hide_last_seen' in r);
});

test.serial('GET /v1/search: a non-member finds nothing of the group, a removed member nothing said after the removal', async (t) => {
  const found = async (u: User, q: string, conv?: string) =>
    (await fx.api.ok('GET', `/v1/search?q=${q}${conv ? `&conversation_id=${conv}` : ''}`, undefined, u.token)).messages.map((m: any) => m.message_id);
  // The searches can find something: alice finds both, dave his time's message.
  await until(async () => (await found(w.alice, 'before or after', w.group)).length === 2, 10_000, "alice's search");
  t.deepEqual(await found(w.dave, 'before', w.group), [w.before]);
  t.deepEqual(await found(w.dave, 'after', w.group), []);
  t.deepEqual(await found(w.dave, 'after'), []);
  t.deepEqual(await found(w.carol, 'before or after or hi or cat'), []);
});

test.serial('GET /v1/media/:id/content: the signed links the refusals alter do work as issued', async (t) => {
  // So a refused altered link is refused for what was altered, not for being wrong to begin with.
  const issued = await fetch(new URL(w.mediaUrl, fx.api.base));
  t.is(issued.status, 200);
  const { MEDIA_URL_SECRET, JWT_SECRET } = fx.server.config;
  const exp = Date.now() + 60_000;
  const sig = new MediaUrlSigner(MEDIA_URL_SECRET ?? JWT_SECRET).sign(w.media, 'original', exp);
  const own = await fetch(`${fx.api.base}/v1/media/${w.media}/content?${new URLSearchParams({ variant: 'original', exp: String(exp), sig })}`);
  t.is(own.status, 200);
  await own.arrayBuffer();
  await issued.arrayBuffer();
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
  editMessage: () => ({ editMessage: { messageId: w.after, text: 'pwned' } }),
  deleteMessage: () => ({ deleteMessage: { messageId: w.after, forEveryone: true } }),
  react: () => ({ react: { messageId: w.after, emoji: '👎' } }),
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
  // The lifecycle frames run the same commands as the REST routes: outside the conversation the
  // message does not exist (not_found); inside, only the sender edits, and only the sender or a
  // group admin deletes for everyone (forbidden).
  editMessage: [
    { who: 'a non-member', as: () => w.carol, frame: FRAMES.editMessage!, code: 'not_found' },
    { who: 'a removed member', as: () => w.dave, frame: FRAMES.editMessage!, code: 'not_found' },
    { who: 'a removed member editing their own message from while they were in', as: () => w.dave, frame: () => ({ editMessage: { messageId: w.daves, text: 'pwned' } }), code: 'not_found' },
    { who: "a member editing someone else's message", as: () => w.bob, frame: FRAMES.editMessage!, code: 'forbidden' },
    { who: "a group admin editing a member's message", as: () => w.alice, frame: () => ({ editMessage: { messageId: w.daves, text: 'pwned' } }), code: 'forbidden' },
  ],
  deleteMessage: [
    { who: 'a non-member', as: () => w.carol, frame: FRAMES.deleteMessage!, code: 'not_found' },
    { who: 'a non-member deleting for themself', as: () => w.carol, frame: () => ({ deleteMessage: { messageId: w.after, forEveryone: false } }), code: 'not_found' },
    { who: 'a removed member', as: () => w.dave, frame: FRAMES.deleteMessage!, code: 'not_found' },
    { who: 'a removed member deleting their own message from while they were in', as: () => w.dave, frame: () => ({ deleteMessage: { messageId: w.daves, forEveryone: true } }), code: 'not_found' },
    { who: "a plain member deleting the admin's message for everyone", as: () => w.bob, frame: FRAMES.deleteMessage!, code: 'forbidden' },
    { who: "a member deleting the other side's direct message for everyone", as: () => w.alice, frame: () => ({ deleteMessage: { messageId: w.bobDirect, forEveryone: true } }), code: 'forbidden' },
  ],
  react: [
    { who: 'a non-member', as: () => w.carol, frame: FRAMES.react!, code: 'not_found' },
    { who: 'a removed member', as: () => w.dave, frame: FRAMES.react!, code: 'not_found' },
    { who: 'a removed member, a message from while they were in', as: () => w.dave, frame: () => ({ react: { messageId: w.before, emoji: '👎' } }), code: 'not_found' },
    { who: 'a non-member, a direct message', as: () => w.carol, frame: () => ({ react: { messageId: w.bobDirect, emoji: '👎' } }), code: 'not_found' },
    { who: "a non-member taking away bob's reaction", as: () => w.carol, frame: () => ({ react: { messageId: w.after, emoji: '👍', remove: true } }), code: 'not_found' },
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
      t.false(sock.frames.some((f) => f.body === 'sent' || f.body === 'applied'));
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

test.serial('no refused request changed anything (same conversations, members, messages, edits, reactions, receipts, devices, profiles, media)', async (t) => {
  await sleep(300); // anything wrongly accepted would have reached the read models by now
  t.deepEqual(await snapshot(), before);
});
