// Devices over REST: the list with last activity and push state, push token registration,
// and revocation: the token stops working at once, and the device's sockets close on every
// gateway with 4003. Two in-process gateways share one deployment.
import test from 'ava';
import { Api } from './helpers/api.js';
import { client, until } from './helpers/clients.js';
import { presenceOf } from './helpers/ephemeral.js';
import { cleanup, startServer, testConfig, type TestServer } from './helpers/env.js';
import { RawSocket } from './helpers/raw-socket.js';

const APNS_TOKEN = 'ab'.repeat(32);
const config = testConfig({ PRESENCE_TIMEOUT_MS: '60000', HEARTBEAT_INTERVAL_MS: '200' });
let g1: TestServer;
let g2: TestServer;
let api: Api;

test.serial.before(async () => {
  g1 = await startServer(config);
  g2 = await startServer(config, { gateway: true, projector: false });
  api = new Api(g1.http);
});

test.after.always(async () => {
  await g2?.running.close();
  await g1?.running.close();
  await cleanup(config);
});

test('the device list shows each device, which one is current, its last activity and push state', async (t) => {
  const ann = await api.newUser('ann');
  const phone = await api.ok('POST', '/v1/sessions', { username: ann.username, password: ann.password, device_name: 'phone' });
  let list = await api.ok('GET', `/v1/users/${ann.user_id}/devices`, undefined, ann.token);
  t.deepEqual(
    list.devices.map((d: any) => [d.device_id, d.current, d.last_active_ms, d.push_registered]),
    [
      [ann.device_id, true, null, false],
      [phone.device_id, false, null, false],
    ],
  );
  t.is(list.devices[1].name, 'phone');
  t.true(list.devices[0].created_at_ms > 0);

  // The phone connects and heartbeats: its last activity follows, the other device has none.
  const before = Date.now();
  const c = client(g2.ws, phone.token);
  t.teardown(() => c.close());
  await c.connect();
  await new Promise((r) => setTimeout(r, 500)); // a few heartbeats (200 ms)
  list = await api.ok('GET', `/v1/users/${ann.user_id}/devices`, undefined, ann.token);
  const seen = list.devices.find((d: any) => d.device_id === phone.device_id).last_active_ms;
  t.true(seen >= before + 100 && seen <= Date.now() + 1000, `last active ${seen - before} ms after connecting, moved by heartbeats`);
  t.is(list.devices.find((d: any) => d.device_id === ann.device_id).last_active_ms, null);

  // A graceful close is activity too.
  c.close();
  await until(async () => {
    const l = await api.ok('GET', `/v1/users/${ann.user_id}/devices`, undefined, ann.token);
    return l.devices.find((d: any) => d.device_id === phone.device_id).last_active_ms > seen;
  }, 5000, 'last active moved by the close');

  const other = await api.newUser('other');
  t.is((await api.call('GET', `/v1/users/${ann.user_id}/devices`, undefined, other.token)).status, 403);
  t.is((await api.call('GET', `/v1/users/${ann.user_id}/devices`)).status, 401);
});

test('push tokens: register, replace, remove; validated; a token moves to the device that registers it last', async (t) => {
  const ann = await api.newUser('ann');
  const path = `/v1/users/${ann.user_id}/devices/${ann.device_id}/push`;
  const set = await api.ok('PUT', path, { kind: 'webhook', token: 'hook-1' }, ann.token);
  t.like(set, { device_id: ann.device_id, push_registered: true, push_kind: 'webhook', current: true });
  t.false('push_token' in set);
  t.like(await api.ok('PUT', path, { kind: 'apns', token: APNS_TOKEN }, ann.token), { push_kind: 'apns' });

  for (const bad of [{ kind: 'sms', token: 'x' }, { kind: 'apns', token: 'not-hex' }, { kind: 'fcm', token: '' }, { kind: 'fcm', token: 'a b' }, { kind: 'fcm' }]) {
    const r = await api.call('PUT', path, bad, ann.token);
    t.is(r.status, 400, JSON.stringify(bad));
    t.is(r.body.error.code, 'bad_request');
  }
  const other = await api.newUser('other');
  t.is((await api.call('PUT', path, { kind: 'fcm', token: 'x' }, other.token)).status, 403);
  t.is((await api.call('PUT', `/v1/users/${ann.user_id}/devices/nope/push`, { kind: 'fcm', token: 'x' }, ann.token)).status, 404);

  // The same app install signed in as someone else: the token leaves ann's device.
  await api.ok('PUT', `/v1/users/${other.user_id}/devices/${other.device_id}/push`, { kind: 'apns', token: APNS_TOKEN }, other.token);
  const list = await api.ok('GET', `/v1/users/${ann.user_id}/devices`, undefined, ann.token);
  t.like(list.devices[0], { push_registered: false, push_kind: null });

  await api.ok('PUT', path, { kind: 'fcm', token: 'fcm-token:1' }, ann.token);
  t.is((await api.call('DELETE', path, undefined, ann.token)).status, 204);
  const after = await api.ok('GET', `/v1/users/${ann.user_id}/devices`, undefined, ann.token);
  t.like(after.devices[0], { push_registered: false, push_kind: null });
});

test('revoking a device closes its sockets on every gateway at once; its token is refused on REST and on upgrade', async (t) => {
  const ann = await api.newUser('ann');
  const laptop = await api.login(ann.username, ann.password);
  const onG1 = await RawSocket.open(`${g1.ws}?token=${laptop.token}`);
  const onG2 = await RawSocket.open(g2.ws, { authorization: `Bearer ${laptop.token}` });
  const keeper = await RawSocket.open(`${g2.ws}?token=${ann.token}`);
  t.teardown(() => [onG1, onG2, keeper].forEach((s) => s.close()));
  for (const s of [onG1, onG2, keeper]) await s.next((f) => f.body === 'caughtUp');

  const r = await api.call('DELETE', `/v1/users/${ann.user_id}/devices/${laptop.device_id}`, undefined, ann.token);
  t.is(r.status, 204);
  const revokedAt = Date.now();
  const [c1, c2] = await Promise.all([onG1.waitClosed(2000), onG2.waitClosed(2000)]);
  t.true(Date.now() - revokedAt < 1000, `closed ${Date.now() - revokedAt} ms after the answer`);
  t.deepEqual([c1.code, c2.code], [4003, 4003]);
  t.is(keeper.closed, undefined, 'the other device stays connected');

  const rest = await api.call('GET', `/v1/users/${ann.user_id}`, undefined, laptop.token);
  t.is(rest.status, 401);
  t.is(rest.body.error.code, 'unauthenticated');
  const upgrade = await t.throwsAsync(RawSocket.open(`${g2.ws}?token=${laptop.token}`));
  t.is((upgrade as Error & { status: number }).status, 401);
  // An Auth frame with the token is refused too.
  const late = await RawSocket.open(g1.ws);
  late.sendFrame({ id: 1, auth: { token: laptop.token } });
  t.is((await late.waitClosed()).code, 4001);

  const list = await api.ok('GET', `/v1/users/${ann.user_id}/devices`, undefined, ann.token);
  t.deepEqual(list.devices.map((d: any) => d.device_id), [ann.device_id]);
  t.is((await api.call('DELETE', `/v1/users/${ann.user_id}/devices/${laptop.device_id}`, undefined, ann.token)).status, 404);
});

test('a device may revoke itself (sign out); the SDK does not reconnect after 4003; its user goes offline at once', async (t) => {
  const ann = await api.newUser('ann');
  const bob = await api.newUser('bob');
  await api.direct(ann, bob);
  const watcher = client(g2.ws, bob.token);
  t.teardown(() => watcher.close());
  const presence = presenceOf(watcher);
  await watcher.connect();
  const c = client(g1.ws, ann.token, { reconnectDelayMs: 20 });
  t.teardown(() => c.close());
  const closes: number[] = [];
  c.on('close', (e) => closes.push(e.code));
  await c.connect();
  await presence.next((p) => p.userId === ann.user_id && p.online, 10_000, 'ann online');

  t.is((await api.call('DELETE', `/v1/users/${ann.user_id}/devices/${ann.device_id}`, undefined, ann.token)).status, 204);
  await until(() => closes.length > 0, 2000, 'the close');
  // The timeout is a minute: only the end of the session can say this now.
  await presence.next((p) => p.userId === ann.user_id && !p.online, 2000, 'ann offline');
  await new Promise((r) => setTimeout(r, 200));
  t.deepEqual(closes, [4003], 'closed once, no reconnect');
  t.is((await api.call('GET', `/v1/users/${ann.user_id}`, undefined, ann.token)).status, 401);
});

test('deleting a user closes the sockets of all its devices', async (t) => {
  const ann = await api.newUser('ann');
  const s = await RawSocket.open(`${g2.ws}?token=${ann.token}`);
  t.teardown(() => s.close());
  await s.next((f) => f.body === 'caughtUp');
  t.is((await api.call('DELETE', `/v1/users/${ann.user_id}`, undefined, ann.token)).status, 204);
  t.is((await s.waitClosed(2000)).code, 4003);
});

test('mute: members only, validated', async (t) => {
  const ann = await api.newUser('ann');
  const bob = await api.newUser('bob');
  const eve = await api.newUser('eve');
  const conv = await api.direct(ann, bob);
  const path = `/v1/conversations/${conv}/mute`;
  t.deepEqual(await api.ok('PUT', path, { muted: true }, ann.token), { conversation_id: conv, muted: true, until_ms: null });
  const until = Date.now() + 3_600_000;
  t.deepEqual(await api.ok('PUT', path, { muted: true, until_ms: until }, ann.token), { conversation_id: conv, muted: true, until_ms: until });
  t.deepEqual(await api.ok('PUT', path, { muted: false }, ann.token), { conversation_id: conv, muted: false, until_ms: null });
  t.is((await api.call('PUT', path, { muted: true }, eve.token)).body.error.code, 'not_member');
  t.is((await api.call('PUT', `/v1/conversations/nope/mute`, { muted: true }, ann.token)).body.error.code, 'conversation_not_found');
  t.is((await api.call('PUT', path, { muted: 'yes' }, ann.token)).status, 400);
  t.is((await api.call('PUT', path, { muted: true, until_ms: 5 }, ann.token)).status, 400);
});
