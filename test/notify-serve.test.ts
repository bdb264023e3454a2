// `parley serve` runs the notifier in its projector thread: a push reaches a real receiver,
// and SIGTERM still shuts the process down cleanly with pushes configured.
import test from 'ava';
import { verifyWebhookSignature, type WebhookBody } from '../src/push/index.js';
import { Api } from './helpers/api.js';
import { until } from './helpers/clients.js';
import { cleanup, prepare, spawnParley, testConfig } from './helpers/env.js';
import { recordingServer } from './helpers/push.js';

const SECRET = 'serve-test-webhook-secret-42';

test('parley serve pushes to an offline recipient and exits cleanly on SIGTERM', async (t) => {
  const bodies: WebhookBody[] = [];
  const hook = await recordingServer((req, res) => {
    const ok = verifyWebhookSignature(req.body, req.headers['parley-signature'] as string | undefined, SECRET).ok;
    if (ok) bodies.push(JSON.parse(req.body.toString('utf8')) as WebhookBody);
    res.writeHead(ok ? 204 : 401).end();
  });
  const config = testConfig({ PUSH_WEBHOOK_URL: `${hook.url}/push`, PUSH_WEBHOOK_SECRET: SECRET });
  await prepare(config);
  const server = await spawnParley('serve', config);
  try {
    const api = new Api(`http://127.0.0.1:${server.port}`);
    const alice = await api.newUser('alice');
    const bob = await api.newUser('bob');
    await api.ok('PUT', `/v1/users/${bob.user_id}/devices/${bob.device_id}/push`, { kind: 'webhook', token: 'bobs-phone' }, bob.token);
    const conv = await api.direct(alice, bob);
    await api.ok('POST', `/v1/conversations/${conv}/messages`, { text: 'are you up?' }, alice.token);
    await until(() => bodies.length > 0, 15_000, 'the push');
    t.like(bodies[0], { target: { token: 'bobs-phone', device_id: bob.device_id }, notification: { title: alice.username, body: 'are you up?' } });

    const exited = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)));
    server.child.kill('SIGTERM');
    t.is(await exited, 0);
  } finally {
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
    await hook.close();
    await cleanup(config);
  }
});
