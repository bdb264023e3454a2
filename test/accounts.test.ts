import test from 'ava';
import { Api } from './helpers/api.js';
import { cleanup, startServer, testConfig, type TestServer } from './helpers/env.js';
import { RawSocket } from './helpers/raw-socket.js';

let server: TestServer;
let api: Api;

test.before(async () => {
  server = await startServer(testConfig());
  api = new Api(server.http);
});

test.after.always(async () => {
  await server?.running.close();
  if (server) await cleanup(server.config);
});

test('sign up, log in, read and update the profile', async (t) => {
  const created = await api.call('POST', '/v1/users', { username: 'Dora_1', password: 'long enough', email: 'dora@example.com', display_name: 'Dora' });
  t.is(created.status, 201);
  t.is(created.body.username, 'dora_1');
  t.is(created.body.email, 'dora@example.com');
  t.false('password_hash' in created.body);

  const s = await api.login('dora_1', 'long enough');
  t.is(s.user_id, created.body.user_id);
  t.truthy(s.device_id);
  const second = await api.login('DORA_1', 'long enough');
  t.not(second.device_id, s.device_id, 'each login is a new device');

  const me = await api.ok('GET', `/v1/users/${s.user_id}`, undefined, s.token);
  t.is(me.display_name, 'Dora');
  const upd = await api.ok('PUT', `/v1/users/${s.user_id}`, { display_name: 'Dora E.', password: 'another secret' }, s.token);
  t.is(upd.display_name, 'Dora E.');
  t.is((await api.call('POST', '/v1/sessions', { username: 'dora_1', password: 'long enough' })).status, 401);
  t.truthy(await api.login('dora_1', 'another secret'));
});

test('a taken username is refused with 409, also under concurrent sign-ups', async (t) => {
  const body = { username: 'eve', password: 'long enough', email: 'eve@example.com' };
  const results = await Promise.all([1, 2, 3, 4].map(() => api.call('POST', '/v1/users', body)));
  t.deepEqual(results.map((r) => r.status).sort(), [201, 409, 409, 409]);
  t.is(results.find((r) => r.status === 409)!.body.error.code, 'username_taken');
});

test('wrong password and unknown user look the same', async (t) => {
  await api.newUser('frank');
  const a = await api.call('POST', '/v1/sessions', { username: 'nobody_here', password: 'whatever1' });
  t.is(a.status, 401);
  t.is(a.body.error.code, 'unauthenticated');
});

test('others see a public profile; only the owner may change or delete it', async (t) => {
  const a = await api.newUser('gina');
  const b = await api.newUser('hank');
  const seen = await api.ok('GET', `/v1/users/${a.user_id}`, undefined, b.token);
  t.is(seen.username, a.username);
  t.false('email' in seen);
  t.is((await api.call('PUT', `/v1/users/${a.user_id}`, { display_name: 'hacked' }, b.token)).status, 403);
  t.is((await api.call('DELETE', `/v1/users/${a.user_id}`, undefined, b.token)).status, 403);
  t.is((await api.call('GET', '/v1/users/does-not-exist', undefined, b.token)).status, 404);
});

test('deleting a user ends its sessions and frees nothing else', async (t) => {
  const a = await api.newUser('ivan');
  t.is((await api.call('DELETE', `/v1/users/${a.user_id}`, undefined, a.token)).status, 204);
  const after = await api.call('GET', `/v1/users/${a.user_id}`, undefined, a.token);
  t.is(after.status, 401);
  const ws = await t.throwsAsync(RawSocket.open(server.ws, { authorization: `Bearer ${a.token}` }));
  t.is((ws as any).status, 401);
  t.is((await api.call('POST', '/v1/sessions', { username: a.username, password: a.password })).status, 401);
  t.is((await api.call('POST', '/v1/users', { username: a.username, password: 'long enough', email: 'x@example.com' })).status, 409);
});
