// Every kind of bad input gets a stable error code; the connection stays usable where that
// makes sense and nobody else is affected.
import test from 'ava';
import { TokenService } from '../src/gateway/tokens.js';
import type { Session } from './helpers/api.js';
import { client, collect, texts, until } from './helpers/clients.js';
import { RawSocket } from './helpers/raw-socket.js';
import { serverFixture } from './helpers/fixture.js';

const fx = serverFixture(test);

let alice: Session;
let bob: Session;
let carol: Session;
let conv: string;

test.serial.before(async () => {
  alice = await fx.api.newUser('alice');
  bob = await fx.api.newUser('bob');
  carol = await fx.api.newUser('carol');
  conv = await fx.api.direct(alice, bob);
});

async function authed(s: Session): Promise<RawSocket> {
  const sock = await RawSocket.open(fx.server.ws, { authorization: `Bearer ${s.token}` });
  await sock.next((f) => f.body === 'caughtUp');
  return sock;
}

/** After an error the same socket still sends and receives. */
async function stillWorks(t: any, sock: RawSocket): Promise<void> {
  sock.sendFrame({ id: 999, send: { conversationId: conv, clientMsgId: `ok-${Math.random()}`, text: 'still here' } });
  const sent = await sock.next((f) => f.id === 999);
  t.is(sent.body, 'sent');
}

test('malformed protobuf → bad_frame, connection stays usable', async (t) => {
  const sock = await authed(alice);
  sock.sendBytes(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f, 0x12]));
  t.is((await sock.error()).error!.code, 'bad_frame');
  await stillWorks(t, sock);
  sock.close();
});

test('text frame → bad_frame', async (t) => {
  const sock = await authed(alice);
  sock.sendBytes('{"send":{}}');
  t.is((await sock.error()).error!.code, 'bad_frame');
  await stillWorks(t, sock);
  sock.close();
});

test('unknown frame type → unknown_frame', async (t) => {
  const sock = await authed(alice);
  // Field 15 (not in ClientFrame), length-delimited, empty; then the id.
  sock.sendBytes(new Uint8Array([0x08, 0x07, 0x7a, 0x00]));
  const err = await sock.error(7);
  t.is(err.error!.code, 'unknown_frame');
  await stillWorks(t, sock);
  sock.close();
});

test('oversize frame → frame_too_large', async (t) => {
  const sock = await authed(alice);
  sock.sendBytes(new Uint8Array(fx.server.config.MAX_FRAME_BYTES + 10));
  t.is((await sock.error()).error!.code, 'frame_too_large');
  await stillWorks(t, sock);
  sock.close();
});

test('text over the limit → text_too_long; exactly the limit is fine', async (t) => {
  const sock = await authed(alice);
  const max = fx.server.config.MAX_TEXT_CHARS;
  sock.sendFrame({ id: 1, send: { conversationId: conv, clientMsgId: 'long1', text: 'x'.repeat(max + 1) } });
  t.is((await sock.error(1)).error!.code, 'text_too_long');
  // 100,000 characters that are 2 UTF-16 units each: the limit counts characters.
  sock.sendFrame({ id: 2, send: { conversationId: conv, clientMsgId: 'long2', text: '😀'.repeat(max) } });
  t.is((await sock.next((f) => f.id === 2)).body, 'sent');
  sock.close();
});

test('empty message → empty_message', async (t) => {
  const sock = await authed(alice);
  sock.sendFrame({ id: 3, send: { conversationId: conv, clientMsgId: 'e1', text: '  \n ' } });
  t.is((await sock.error(3)).error!.code, 'empty_message');
  await stillWorks(t, sock);
  sock.close();
});

test('unknown conversation → conversation_not_found; foreign one → not_member', async (t) => {
  const sock = await authed(carol);
  sock.sendFrame({ id: 4, send: { conversationId: 'nope', clientMsgId: 'x1', text: 'hi' } });
  t.is((await sock.error(4)).error!.code, 'conversation_not_found');
  sock.sendFrame({ id: 5, send: { conversationId: 'bad id!', clientMsgId: 'x2', text: 'hi' } });
  t.is((await sock.error(5)).error!.code, 'conversation_not_found');
  sock.sendFrame({ id: 6, send: { conversationId: conv, clientMsgId: 'x3', text: 'let me in' } });
  t.is((await sock.error(6)).error!.code, 'not_member');
  sock.close();
  const history = await fx.api.ok('GET', `/v1/conversations/${conv}/messages?limit=200`, undefined, alice.token);
  t.false(history.messages.some((m: any) => m.text === 'let me in'));
});

test('bad token on upgrade → 401 with an error body; expired token → token_expired', async (t) => {
  const bad = await t.throwsAsync(RawSocket.open(fx.server.ws, { authorization: 'Bearer nonsense' }));
  t.is((bad as any).status, 401);
  t.is((bad as any).body.error.code, 'unauthenticated');
  const tokens = new TokenService(fx.server.config.JWT_SECRET, 60);
  const { token } = await tokens.issue({ userId: alice.user_id, deviceId: alice.device_id }, Date.now(), -10);
  const expired = await t.throwsAsync(RawSocket.open(`${fx.server.ws}?token=${token}`));
  t.is((expired as any).body.error.code, 'token_expired');
  const forged = await new TokenService('another-secret-of-enough-length', 60).issue({ userId: alice.user_id, deviceId: alice.device_id }, Date.now());
  const f = await t.throwsAsync(RawSocket.open(`${fx.server.ws}?token=${forged.token}`));
  t.is((f as any).status, 401);
});

test('frames before auth → unauthenticated; a bad Auth frame closes; a good one starts the session', async (t) => {
  const sock = await RawSocket.open(fx.server.ws);
  sock.sendFrame({ id: 1, send: { conversationId: conv, clientMsgId: 'pre', text: 'too early' } });
  t.is((await sock.error(1)).error!.code, 'unauthenticated');
  sock.sendFrame({ id: 2, auth: { token: alice.token } });
  const welcome = await sock.next((f) => f.body === 'welcome');
  t.is(welcome.welcome!.userId, alice.user_id);
  await sock.next((f) => f.body === 'caughtUp');
  await stillWorks(t, sock);
  sock.close();

  const bad = await RawSocket.open(fx.server.ws);
  bad.sendFrame({ id: 1, auth: { token: 'garbage' } });
  t.is((await bad.error(1)).error!.code, 'unauthenticated');
  t.is((await bad.waitClosed()).code, 4001);
});

test('a hostile client does not disturb another user', async (t) => {
  const b = client(fx.server.ws, bob.token);
  const got = collect(b);
  await b.connect();
  await b.waitLive();
  const evil = await authed(alice);
  for (let i = 0; i < 50; i++) evil.sendBytes(new Uint8Array([i, 0xff, 0x01, 0x80]));
  const a = client(fx.server.ws, alice.token);
  await a.connect();
  await a.send(conv, 'from the good socket');
  await until(() => texts(got).includes('from the good socket'));
  t.pass();
  evil.close();
  a.close();
  b.close();
});

test('REST: bad JSON, wrong types, missing auth, foreign conversation', async (t) => {
  const r1 = await fx.api.call('POST', '/v1/users', '{"username": ');
  t.is(r1.status, 400);
  t.is(r1.body.error.code, 'bad_request');
  const r2 = await fx.api.call('POST', '/v1/users', { username: 42, password: 'x', email: 'nope' });
  t.is(r2.status, 400);
  const r3 = await fx.api.call('GET', `/v1/conversations/${conv}/messages`);
  t.is(r3.status, 401);
  t.is(r3.body.error.code, 'unauthenticated');
  const r4 = await fx.api.call('GET', `/v1/conversations/${conv}/messages`, undefined, carol.token);
  t.is(r4.status, 403);
  t.is(r4.body.error.code, 'not_member');
  const r5 = await fx.api.call('GET', '/v1/conversations/..%2F..%2Fetc/messages', undefined, carol.token);
  t.is(r5.status, 400);
  const r6 = await fx.api.call('POST', `/v1/conversations/${conv}/messages`, { text: 'x'.repeat(100_001) }, alice.token);
  t.is(r6.status, 400);
  t.is(r6.body.error.code, 'text_too_long');
  const r7 = await fx.api.call('POST', '/v1/users', 'x'.repeat(200_000));
  t.is(r7.status, 413);
});
