// The notifier end to end: a gateway and the projectors, a separate notifier (as `parley
// notify` runs it), and a real local HTTP receiver for the webhook provider that verifies
// every signature. Whether something was *not* pushed is checked behind a later push that
// must come after it (the notifier works in log order), and by its count: a push that had
// collapsed into another would show in it.
import test, { type ExecutionContext } from 'ava';
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { start, type Running } from '../src/roles.js';
import { createLogger } from '../src/shared/log.js';
import { verifyWebhookSignature, type WebhookBody } from '../src/push/index.js';
import { Api, type Session } from './helpers/api.js';
import { client, until } from './helpers/clients.js';
import { presenceOf, sleep } from './helpers/ephemeral.js';
import { cleanup, startServer, testConfig, type TestServer } from './helpers/env.js';
import { deferred, recordingServer, type Deferred, type RecordingServer } from './helpers/push.js';

const SECRET = 'notify-test-webhook-secret-42';
let hook: RecordingServer;
const bodies: WebhookBody[] = [];
let badSignatures = 0;
/** Requests for these tokens wait until the gate opens. */
const gates = new Map<string, Deferred<void>>();
let server: TestServer;
let notifier: Running;
let api: Api;
let config: ReturnType<typeof testConfig>;

function startNotifier(): Promise<Running> {
  return start(config, createLogger(config.LOG_LEVEL), { gateway: false, projector: false, notifier: true }, { setUp: true });
}

test.serial.before(async () => {
  hook = await recordingServer(async (req, res: ServerResponse) => {
    const check = verifyWebhookSignature(req.body, req.headers['parley-signature'] as string | undefined, SECRET);
    if (!check.ok) {
      badSignatures++;
      return void res.writeHead(401).end();
    }
    const body = JSON.parse(req.body.toString('utf8')) as WebhookBody;
    bodies.push(body);
    const token = body.target.token;
    await gates.get(token)?.promise;
    res.writeHead(token.startsWith('gone-') ? 410 : 204).end();
  });
  config = testConfig({
    PUSH_WEBHOOK_URL: `${hook.url}/push`,
    PUSH_WEBHOOK_SECRET: SECRET,
    PUSH_RETRY_BASE_MS: '50',
    PRESENCE_TIMEOUT_MS: '60000',
    HEARTBEAT_INTERVAL_MS: '200',
    // Groups of more than three are large (no feed copies): the notifier reads CONV, so they
    // get pushes like any other.
    FEED_COPY_LIMIT: '3',
  });
  server = await startServer(config);
  notifier = await startNotifier();
  api = new Api(server.http);
});

test.after.always(async () => {
  for (const g of gates.values()) g.resolve();
  await notifier?.close();
  await server?.running.close();
  await hook?.close();
  if (config) await cleanup(config);
});

test.afterEach(() => {
  if (badSignatures > 0) throw new Error(`${badSignatures} pushes had a bad signature`);
});

function token(prefix = 'hook'): string {
  return `${prefix}-${randomBytes(6).toString('hex')}`;
}

async function register(s: Session, pushToken: string): Promise<void> {
  await api.ok('PUT', `/v1/users/${s.user_id}/devices/${s.device_id}/push`, { kind: 'webhook', token: pushToken }, s.token);
}

function pushesTo(pushToken: string): WebhookBody['notification'][] {
  return bodies.filter((b) => b.target.token === pushToken).map((b) => b.notification);
}

async function pushTo(pushToken: string, n = 1, what = `push ${n} to ${pushToken}`): Promise<WebhookBody['notification']> {
  await until(() => pushesTo(pushToken).length >= n, 10_000, what);
  return pushesTo(pushToken)[n - 1]!;
}

async function post(s: Session, conversationId: string, text: string): Promise<{ message_id: string; seq: number }> {
  return api.ok('POST', `/v1/conversations/${conversationId}/messages`, { text }, s.token);
}

async function group(owner: Session, name: string, ...members: Session[]): Promise<string> {
  const conv = await api.ok('POST', '/v1/conversations', { type: 'group', name, participant_ids: members.map((m) => m.user_id) }, owner.token);
  return conv.conversation_id as string;
}

/** An SDK client that stays connected (and heartbeating) until the test ends. */
async function online(t: ExecutionContext, s: Session) {
  const c = client(server.ws, s.token);
  t.teardown(() => c.close());
  await c.connect();
  return c;
}

test.serial('a restarted notifier resumes from its durable consumer: what was sent while it was down is pushed', async (t) => {
  const alice = await api.newUser('alice');
  const bob = await api.newUser('bob');
  const bobToken = token();
  await register(bob, bobToken);
  const conv = await api.direct(alice, bob);
  await post(alice, conv, 'before');
  t.is((await pushTo(bobToken)).body, 'before');

  await notifier.close();
  await post(alice, conv, 'while down');
  await sleep(300);
  t.is(pushesTo(bobToken).length, 1, 'nothing while the notifier is down');
  notifier = await startNotifier();
  const resumed = await pushTo(bobToken, 2);
  t.is(resumed.body, 'while down');
  await post(alice, conv, 'after');
  t.is((await pushTo(bobToken, 3)).body, 'after');
  t.deepEqual(pushesTo(bobToken).map((n) => n.body), ['before', 'while down', 'after'], 'no push twice');
});

test('an offline recipient gets a signed webhook push: sender as title, the text, collapsed by conversation, unread badge', async (t) => {
  const alice = await api.newUser('alice');
  const bob = await api.newUser('bob');
  const bobToken = token();
  await register(bob, bobToken);
  const conv = await api.direct(alice, bob);
  const text = `hello bob ${'x'.repeat(200)}`;
  const sent = await post(alice, conv, text);
  const n = await pushTo(bobToken);
  t.deepEqual(n, {
    user_id: bob.user_id,
    conversation_id: conv,
    message_id: sent.message_id,
    title: alice.username,
    body: `${text.slice(0, 119)}…`,
    badge: 1,
    sound: 'default',
    collapse_key: conv,
    count: 1,
    data: { type: 'message', sender_id: alice.user_id, seq: String(sent.seq), conversation_id: conv, message_id: sent.message_id },
  });
  const push = bodies.find((b) => b.target.token === bobToken)!;
  t.deepEqual(push.target, { token: bobToken, device_id: bob.device_id });

  const second = await post(alice, conv, 'second');
  t.like(await pushTo(bobToken, 2), { body: 'second', badge: 2, count: 1 });
  // Reading clears the badge for the next push.
  await api.ok('POST', `/v1/messages/${sent.message_id}/read_receipts`, {}, bob.token);
  const third = await post(alice, conv, 'third');
  t.like(await pushTo(bobToken, 3), { body: 'third', badge: 2 });
  // A message deleted for everyone, or by bob for himself, is no longer unread.
  await api.ok('DELETE', `/v1/messages/${second.message_id}?for=everyone`, undefined, alice.token);
  await api.ok('DELETE', `/v1/messages/${third.message_id}`, undefined, bob.token);
  await post(alice, conv, 'fourth');
  t.like(await pushTo(bobToken, 4), { body: 'fourth', badge: 1 });
});

test('in a group the title is the group and the body says who wrote; the sender gets nothing', async (t) => {
  const alice = await api.newUser('alice');
  const bob = await api.newUser('bob');
  const carol = await api.newUser('carol');
  const [aliceToken, bobToken, carolToken] = [token(), token(), token()];
  await Promise.all([register(alice, aliceToken), register(bob, bobToken), register(carol, carolToken)]);
  const conv = await group(alice, 'Hikers', bob, carol);
  await post(alice, conv, 'summit at 6');
  t.like(await pushTo(bobToken), { title: 'Hikers', body: `${alice.username}: summit at 6` });
  t.like(await pushTo(carolToken), { title: 'Hikers', body: `${alice.username}: summit at 6` });

  const reply = await post(bob, conv, 'count me in');
  const toAlice = await pushTo(aliceToken);
  t.like(toAlice, { message_id: reply.message_id, count: 1 }, 'her own message never reached her slot');
  t.is(pushesTo(aliceToken).length, 1);
  t.is(pushesTo(bobToken).length, 1, 'nor does bob get his own');
});

test('a recipient with a connected, heartbeating device gets none; once it closed, it does', async (t) => {
  const alice = await api.newUser('alice');
  const bob = await api.newUser('bob');
  const carol = await api.newUser('carol');
  const [bobToken, carolToken] = [token(), token()];
  await Promise.all([register(bob, bobToken), register(carol, carolToken)]);
  const conv = await group(alice, 'Trio', bob, carol);
  const watcher = await online(t, alice);
  const presence = presenceOf(watcher);
  const bobsPhone = await online(t, bob);
  await presence.next((p) => p.userId === bob.user_id && p.online, 10_000, 'bob online');
  await sleep(500); // a few heartbeats

  await post(alice, conv, 'you are here');
  // Carol (offline) got hers: the notifier has decided about bob too.
  await pushTo(carolToken);
  bobsPhone.close();
  await presence.next((p) => p.userId === bob.user_id && !p.online, 10_000, 'bob offline');
  await post(alice, conv, 'you left');
  const n = await pushTo(bobToken);
  t.like(n, { body: `${alice.username}: you left`, count: 1 });
  t.is(pushesTo(bobToken).length, 1);
});

test('nothing for a muted conversation; an expired mute or an unmute lets pushes through again', async (t) => {
  const alice = await api.newUser('alice');
  const bob = await api.newUser('bob');
  const bobToken = token();
  await register(bob, bobToken);
  const direct = await api.direct(alice, bob);
  const other = await group(alice, 'Other', bob);

  await api.ok('PUT', `/v1/conversations/${direct}/mute`, { muted: true }, bob.token);
  await post(alice, direct, 'muted one');
  await post(alice, other, 'not muted');
  t.like(await pushTo(bobToken), { conversation_id: other, count: 1 });

  await api.ok('PUT', `/v1/conversations/${direct}/mute`, { muted: false }, bob.token);
  await post(alice, direct, 'unmuted');
  t.like(await pushTo(bobToken, 2), { conversation_id: direct, body: 'unmuted', count: 1 });

  await api.ok('PUT', `/v1/conversations/${direct}/mute`, { muted: true, until_ms: Date.now() + 800 }, bob.token);
  await post(alice, direct, 'muted for a while');
  await sleep(900);
  await post(alice, direct, 'the mute is over');
  t.like(await pushTo(bobToken, 3), { body: 'the mute is over', count: 1 });
  t.deepEqual(pushesTo(bobToken).map((n) => n.body), [`${alice.username}: not muted`, 'unmuted', 'the mute is over']);
});

test('messages that arrive while the receiver is slow collapse into one push with the newest text and the count', async (t) => {
  const alice = await api.newUser('alice');
  const bob = await api.newUser('bob');
  const bobToken = token('slow');
  const gate = deferred<void>();
  gates.set(bobToken, gate);
  await register(bob, bobToken);
  const conv = await api.direct(alice, bob);
  await post(alice, conv, 'one');
  t.like(await pushTo(bobToken), { body: 'one', count: 1 }, 'the first is in flight, held by the receiver');
  for (const text of ['two', 'three', 'four']) await post(alice, conv, text);
  await sleep(500);
  t.is(pushesTo(bobToken).length, 1);
  gate.resolve();
  t.like(await pushTo(bobToken, 2), { body: 'four', count: 3, collapse_key: conv });
  await sleep(300);
  t.is(pushesTo(bobToken).length, 2);
});

test('a token the provider calls dead is removed from the device and not used again', async (t) => {
  const alice = await api.newUser('alice');
  const bob = await api.newUser('bob');
  const dead = token('gone');
  await register(bob, dead);
  const conv = await api.direct(alice, bob);
  await post(alice, conv, 'anyone there?');
  await pushTo(dead);
  await until(async () => {
    const list = await api.ok('GET', `/v1/users/${bob.user_id}/devices`, undefined, bob.token);
    return list.devices[0].push_registered === false;
  }, 10_000, 'the token removed');

  // A newer token of the same device is not taken with the dead one, and is used.
  const fresh = token();
  await register(bob, fresh);
  await post(alice, conv, 'now?');
  t.like(await pushTo(fresh), { body: 'now?' });
  t.is(pushesTo(dead).length, 1);
});

test("a revoked device's token is no longer used; the user's other devices still get pushes", async (t) => {
  const alice = await api.newUser('alice');
  const bob = await api.newUser('bob');
  const tablet = await api.login(bob.username, bob.password);
  const [phoneToken, tabletToken] = [token(), token()];
  await register(bob, phoneToken);
  await register(tablet, tabletToken);
  const conv = await api.direct(alice, bob);
  await post(alice, conv, 'to both');
  await pushTo(phoneToken);
  await pushTo(tabletToken);

  await api.ok('DELETE', `/v1/users/${bob.user_id}/devices/${tablet.device_id}`, undefined, bob.token);
  await post(alice, conv, 'phone only');
  await post(alice, conv, 'phone only again');
  await until(() => pushesTo(phoneToken).some((n) => n.body === 'phone only again'), 10_000, 'the phone push');
  t.deepEqual(pushesTo(tabletToken).map((n) => n.body), ['to both']);
});

test('members of a large group (no feed copies) get pushes too', async (t) => {
  const alice = await api.newUser('alice');
  const others = await Promise.all([1, 2, 3, 4].map(() => api.newUser('m')));
  const tokens = others.map(() => token());
  await Promise.all(others.map((s, i) => register(s, tokens[i]!)));
  const conv = await group(alice, 'Crowd', ...others);
  t.true((await api.ok('GET', `/v1/conversations/${conv}`, undefined, alice.token)).member_ids.length > 3);
  await post(alice, conv, 'hello crowd');
  for (const tk of tokens) t.like(await pushTo(tk), { title: 'Crowd', body: `${alice.username}: hello crowd` });
});
