// Abuse limits (issue 7, point 5): Send and Typing are rate-limited per connection and per
// user (token buckets; over the limit: Error{rate_limited} and nothing is sent), a client that
// ignores the refusals is closed (4008), and a user's connections are capped (the next one is
// refused with 4009). Small limits here so that each case is quick and exact.
import test from 'ava';
import type { Session } from './helpers/api.js';
import { client, until } from './helpers/clients.js';
import { authedSocket } from './helpers/authed-socket.js';
import { RawSocket } from './helpers/raw-socket.js';
import { serverFixture } from './helpers/fixture.js';
import { sleep } from './helpers/ephemeral.js';

const fx = serverFixture(test, {
  SEND_RATE_PER_S: '2',
  SEND_BURST: '10',
  USER_SEND_RATE_PER_S: '2',
  USER_SEND_BURST: '15',
  TYPING_RATE_PER_S: '1',
  TYPING_BURST: '3',
  USER_TYPING_RATE_PER_S: '1',
  USER_TYPING_BURST: '5',
  MAX_CONNECTIONS_PER_USER: '3',
  LOGIN_BURST: '3',
  LOGIN_ATTEMPTS_PER_MIN: '1',
});

async function pair(): Promise<{ a: Session; b: Session; conv: string }> {
  const a = await fx.api.newUser('a');
  const b = await fx.api.newUser('b');
  return { a, b, conv: await fx.api.direct(a, b) };
}

const authed = (s: Session): Promise<RawSocket> => authedSocket(fx.server.ws, s.token);

/** Sends n Send frames at once (ids from first) and waits for an answer to each. */
async function burst(sock: RawSocket, conv: string, n: number, first = 1, tag = 'm'): Promise<{ sent: number[]; limited: number[] }> {
  for (let i = 0; i < n; i++) sock.sendFrame({ id: first + i, send: { conversationId: conv, clientMsgId: `${tag}${first + i}`, text: `${tag} ${first + i}` } });
  const sent: number[] = [];
  const limited: number[] = [];
  for (let i = 0; i < n; i++) {
    const f = await sock.next((x) => x.id === first + i);
    if (f.body === 'sent') sent.push(f.id);
    else if (f.body === 'error' && f.error!.code === 'rate_limited') limited.push(f.id);
    else throw new Error(`unexpected answer ${JSON.stringify(f.toJSON())}`);
  }
  return { sent, limited };
}

async function historyTexts(s: Session, conv: string): Promise<string[]> {
  const h = await fx.api.ok('GET', `/v1/conversations/${conv}/messages?limit=200`, undefined, s.token);
  return h.messages.map((m: any) => m.text as string);
}

test('per connection: a burst beyond SEND_BURST gets rate_limited, and the refused messages are not sent', async (t) => {
  const { a, conv } = await pair();
  const sock = await authed(a);
  t.teardown(() => sock.close());
  const { sent, limited } = await burst(sock, conv, 30);
  // The burst (10), plus at most what 2/s refilled while the frames were handled.
  t.true(sent.length >= 10 && sent.length <= 12, `sent ${sent.length}`);
  t.is(sent.length + limited.length, 30);
  // In order: the accepted ones are the first ones.
  t.deepEqual(sent, Array.from({ length: sent.length }, (_, i) => i + 1));
  await until(async () => (await historyTexts(a, conv)).length === sent.length, 10_000, 'history');
  await sleep(300);
  const texts = await historyTexts(a, conv);
  t.deepEqual(texts.sort(), sent.map((id) => `m ${id}`).sort());
  t.is(sock.closed, undefined, 'a client over the limit stays connected');
  // Later the budget is back.
  await sleep(1100);
  const again = await burst(sock, conv, 1, 100);
  t.deepEqual(again.sent, [100]);
});

test("per user: the user's connections share one budget (USER_SEND_BURST)", async (t) => {
  const { a, conv } = await pair();
  const s1 = await authed(a);
  const s2 = await authed(a);
  t.teardown(() => (s1.close(), s2.close()));
  const first = await burst(s1, conv, 10, 1);
  t.is(first.sent.length, 10);
  // s2's own bucket is full, the user's has about 5 left.
  const second = await burst(s2, conv, 10, 1, 'n');
  t.true(second.sent.length >= 5 && second.sent.length <= 7, `second connection sent ${second.sent.length}`);
  t.true(second.limited.length >= 3);
});

test("REST sends draw on the same per-user budget: 429 rate_limited, not stored", async (t) => {
  const { a, conv } = await pair();
  const answers = await Promise.all(
    Array.from({ length: 20 }, (_, i) => fx.api.call('POST', `/v1/conversations/${conv}/messages`, { text: `rest ${i}`, client_msg_id: `r${i}` }, a.token)),
  );
  const statuses = answers.map((r) => r.status);
  for (const r of answers) if (r.status === 429) t.is(r.body.error.code, 'rate_limited');
  const ok = statuses.filter((s) => s === 201).length;
  t.true(ok >= 15 && ok <= 18, `accepted ${ok}`);
  t.true(statuses.filter((s) => s === 429).length >= 2);
  await sleep(500);
  t.is((await historyTexts(a, conv)).length, ok);
});

test('typing: over TYPING_BURST gets rate_limited; the socket stays usable', async (t) => {
  const { a, conv } = await pair();
  const sock = await authed(a);
  t.teardown(() => sock.close());
  for (let i = 0; i < 10; i++) sock.sendFrame({ id: 200 + i, typing: { conversationId: conv, on: i % 2 === 0 } });
  await sleep(500);
  const limited = sock.frames.filter((f) => f.body === 'error' && f.error!.code === 'rate_limited').map((f) => f.id);
  t.true(limited.length >= 6 && limited.length <= 7, `limited ${limited.length}`);
  t.true(limited.every((id) => id >= 203), 'the first three typing frames pass');
  const { sent } = await burst(sock, conv, 1, 300);
  t.deepEqual(sent, [300]);
});

test('a client that ignores rate_limited is closed with 4008; other users are unaffected', async (t) => {
  const { a, b, conv } = await pair();
  const sock = await authed(a);
  const bystander = await authed(b);
  t.teardown(() => (sock.close(), bystander.close()));
  for (let i = 0; i < 150; i++) sock.sendFrame({ id: i + 1, send: { conversationId: conv, clientMsgId: `f${i}`, text: 'flood' } });
  const closed = await sock.waitClosed();
  t.is(closed.code, 4008);
  const errors = sock.frames.filter((f) => f.body === 'error');
  t.true(errors.every((f) => f.error!.code === 'rate_limited'));
  t.true(errors.length > 100);
  bystander.sendFrame({ id: 1, send: { conversationId: conv, clientMsgId: 'by1', text: 'still fine' } });
  t.is((await bystander.next((f) => f.id === 1)).body, 'sent');
});

test('the SDK treats rate_limited as retry-later: every message of a burst over the limit is sent, once', async (t) => {
  const { a, conv } = await pair();
  const c = client(fx.server.ws, a.token);
  t.teardown(() => c.close());
  await c.connect();
  await c.waitLive();
  const sends = await Promise.all(Array.from({ length: 14 }, (_, i) => c.send(conv, `sdk ${i}`)));
  t.is(new Set(sends.map((s) => s.seq)).size, 14);
  await until(async () => (await historyTexts(a, conv)).length >= 14, 10_000, 'history');
  const texts = await historyTexts(a, conv);
  t.is(texts.length, 14);
  t.is(new Set(texts).size, 14);
});

test('connection cap: the connection past MAX_CONNECTIONS_PER_USER is refused with 4009; the others keep working; a freed slot is reusable', async (t) => {
  const { a, conv } = await pair();
  const open = [await authed(a), await authed(a), await authed(a)];
  t.teardown(() => open.forEach((s) => s.close()));
  const extra = await RawSocket.open(fx.server.ws, { authorization: `Bearer ${a.token}` });
  const closed = await extra.waitClosed();
  t.is(closed.code, 4009);
  t.false(extra.frames.some((f) => f.body === 'welcome'), 'no session started');
  // Authenticating by an Auth frame is capped as well.
  const viaFrame = await RawSocket.open(fx.server.ws);
  viaFrame.sendFrame({ id: 1, auth: { token: a.token } });
  t.is((await viaFrame.waitClosed()).code, 4009);
  // The existing connections are untouched.
  const { sent } = await burst(open[0]!, conv, 1, 1);
  t.deepEqual(sent, [1]);
  open.pop()!.close();
  await sleep(200);
  const again = await authed(a);
  open.push(again);
  t.is(again.closed, undefined);
  // Another user is not counted against this one.
  const other = await authed((await pair()).a);
  other.close();
});

test('MarkRead (a write to the log like Send) has its own budget of the same size; refused marks are answered rate_limited', async (t) => {
  const { a, b, conv } = await pair();
  const sent = await fx.api.ok('POST', `/v1/conversations/${conv}/messages`, { text: 'read me' }, b.token);
  const sock = await authed(a);
  t.teardown(() => sock.close());
  for (let i = 0; i < 30; i++) sock.sendFrame({ id: 500 + i, markRead: { conversationId: conv, upToSeq: sent.seq } });
  await sleep(700);
  const limited = sock.frames.filter((f) => f.body === 'error' && f.error!.code === 'rate_limited').map((f) => f.id);
  // The connection's burst (10) passes, plus what 2/s refilled meanwhile.
  t.true(limited.length >= 17 && limited.length <= 20, `limited ${limited.length}`);
  t.true(limited.every((id) => id >= 510));
  t.false(sock.frames.some((f) => f.body === 'error' && f.error!.code !== 'rate_limited'));
});

test("typing per user: the user's connections share USER_TYPING_BURST", async (t) => {
  const { a, conv } = await pair();
  const s1 = await authed(a);
  const s2 = await authed(a);
  t.teardown(() => (s1.close(), s2.close()));
  for (let i = 0; i < 3; i++) s1.sendFrame({ id: 10 + i, typing: { conversationId: conv, on: true } });
  for (let i = 0; i < 3; i++) s2.sendFrame({ id: 20 + i, typing: { conversationId: conv, on: true } });
  await sleep(500);
  const limited = [...s1.frames, ...s2.frames].filter((f) => f.body === 'error' && f.error!.code === 'rate_limited').map((f) => f.id);
  // Each connection's own bucket (3) would pass all six; the user's (5) refuses one.
  t.deepEqual(limited, [22]);
});

test('a frame past uWS maxPayloadLength (4 x MAX_FRAME_BYTES) drops that connection only', async (t) => {
  const { a, b, conv } = await pair();
  const sock = await authed(a);
  const other = await authed(b);
  t.teardown(() => (sock.close(), other.close()));
  sock.sendBytes(new Uint8Array(fx.server.config.MAX_FRAME_BYTES * 4 + 1));
  const closed = await sock.waitClosed();
  t.true(closed.code === 1006 || closed.code === 1009, `closed ${closed.code}`);
  other.sendFrame({ id: 1, send: { conversationId: conv, clientMsgId: 'after-big', text: 'still here' } });
  t.is((await other.next((f) => f.id === 1)).body, 'sent');
});

test('password guessing: past LOGIN_BURST attempts for a username (right or wrong) → 429 rate_limited; other users can still log in', async (t) => {
  const victim = await fx.api.newUser('victim'); // its sign-up login took one attempt
  const guesses = [];
  for (let i = 0; i < 2; i++) guesses.push(await fx.api.call('POST', '/v1/sessions', { username: victim.username, password: `guess ${i}` }));
  t.deepEqual(guesses.map((r) => r.status), [401, 401]);
  // Out of attempts: even the right password (and another spelling of the name) waits.
  const right = await fx.api.call('POST', '/v1/sessions', { username: victim.username, password: victim.password });
  t.is(right.status, 429);
  t.is(right.body.error.code, 'rate_limited');
  t.is((await fx.api.call('POST', '/v1/sessions', { username: victim.username.toUpperCase(), password: victim.password })).status, 429);
  const other = await fx.api.newUser('other');
  t.truthy(other.token);
});
