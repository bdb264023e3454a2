import test from 'ava';
import { RawSocket } from './helpers/raw-socket.js';
import { serverFixture } from './helpers/fixture.js';

const fx = serverFixture(test);


test('sign up, log in, read and update the profile', async (t) => {
  const created = await fx.api.call('POST', '/v1/users', { username: 'Dora_1', password: 'long enough', email: 'dora@example.com', display_name: 'Dora' });
  t.is(created.status, 201);
  t.is(created.body.username, 'dora_1');
  t.is(created.body.email, 'dora@example.com');
  t.false('password_hash' in created.body);

  const s = await fx.api.login('dora_1', 'long enough');
  t.is(s.user_id, created.body.user_id);
  t.truthy(s.device_id);
  const second = await fx.api.login('DORA_1', 'long enough');
  t.not(second.device_id, s.device_id, 'each login is a new device');

  const me = await fx.api.ok('GET', `/v1/users/${s.user_id}`, undefined, s.token);
  t.is(me.display_name, 'Dora');
  const upd = await fx.api.ok('PUT', `/v1/users/${s.user_id}`, { display_name: 'Dora E.', password: 'another secret' }, s.token);
  t.is(upd.display_name, 'Dora E.');
  t.is((await fx.api.call('POST', '/v1/sessions', { username: 'dora_1', password: 'long enough' })).status, 401);
  t.truthy(await fx.api.login('dora_1', 'another secret'));
});

test('a taken username is refused with 409, also under concurrent sign-ups', async (t) => {
  const body = { username: 'eve', password: 'long enough', email: 'eve@example.com' };
  const results = await Promise.all([1, 2, 3, 4].map(() => fx.api.call('POST', '/v1/users', body)));
  t.deepEqual(results.map((r) => r.status).sort(), [201, 409, 409, 409]);
  t.is(results.find((r) => r.status === 409)!.body.error.code, 'username_taken');
});

test('wrong password and unknown user look the same', async (t) => {
  await fx.api.newUser('frank');
  const a = await fx.api.call('POST', '/v1/sessions', { username: 'nobody_here', password: 'whatever1' });
  t.is(a.status, 401);
  t.is(a.body.error.code, 'unauthenticated');
});

test('others see a public profile; only the owner may change or delete it', async (t) => {
  const a = await fx.api.newUser('gina');
  const b = await fx.api.newUser('hank');
  const seen = await fx.api.ok('GET', `/v1/users/${a.user_id}`, undefined, b.token);
  t.is(seen.username, a.username);
  t.false('email' in seen);
  t.is((await fx.api.call('PUT', `/v1/users/${a.user_id}`, { display_name: 'hacked' }, b.token)).status, 403);
  t.is((await fx.api.call('DELETE', `/v1/users/${a.user_id}`, undefined, b.token)).status, 403);
  t.is((await fx.api.call('GET', '/v1/users/does-not-exist', undefined, b.token)).status, 404);
});

test('deleting a user ends its sessions and frees nothing else', async (t) => {
  const a = await fx.api.newUser('ivan');
  t.is((await fx.api.call('DELETE', `/v1/users/${a.user_id}`, undefined, a.token)).status, 204);
  const after = await fx.api.call('GET', `/v1/users/${a.user_id}`, undefined, a.token);
  t.is(after.status, 401);
  const ws = await t.throwsAsync(RawSocket.open(fx.server.ws, { authorization: `Bearer ${a.token}` }));
  t.is((ws as any).status, 401);
  t.is((await fx.api.call('POST', '/v1/sessions', { username: a.username, password: a.password })).status, 401);
  t.is((await fx.api.call('POST', '/v1/users', { username: a.username, password: 'long enough', email: 'x@example.com' })).status, 409);
});
