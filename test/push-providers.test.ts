// Building the providers from the configuration: off unless configured, secrets inline or
// from files, a bad key fails at start.
import test from 'ava';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/shared/config.js';
import { dispatcherSettingsFromConfig, pushProvidersFromConfig } from '../src/push/index.js';
import { verifyWebhookSignature } from '../src/push/index.js';
import { note, recordingServer } from './helpers/push.js';

const ecPem = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
const rsaPem = () => generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;

test('nothing configured: no providers; limits come from the configuration', async (t) => {
  const config = loadConfig({ PUSH_RETRY_BASE_MS: '250', PUSH_QUEUE_MAX: '7' });
  t.deepEqual(await pushProvidersFromConfig(config), []);
  t.deepEqual(dispatcherSettingsFromConfig(config), { retry: { baseMs: 250, maxDelayMs: 60_000, maxAttempts: 5 }, maxQueued: 7, concurrency: 32 });
});

test('the configured webhook provider signs with the configured secret', async (t) => {
  const hook = await recordingServer((_req, res) => void res.writeHead(204).end());
  t.teardown(() => hook.close());
  const secret = 'configured-secret-xyz';
  const providers = await pushProvidersFromConfig(loadConfig({ PUSH_WEBHOOK_URL: `${hook.url}/push`, PUSH_WEBHOOK_SECRET: secret }));
  t.deepEqual(providers.map((p) => p.kind), ['webhook']);
  t.is((await providers[0]!.send({ kind: 'webhook', token: 'x' }, note(1))).status, 'delivered');
  const req = hook.received[0]!;
  t.is(req.url, '/push');
  t.true(verifyWebhookSignature(req.body, req.headers['parley-signature'] as string, secret).ok);
});

test('FCM and APNs from files or inline values', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'parley-push-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const account = { type: 'service_account', project_id: 'p1', private_key_id: 'k', private_key: rsaPem(), client_email: 'a@p1.iam.gserviceaccount.com' };
  const accountPath = join(dir, 'sa.json');
  const keyPath = join(dir, 'AuthKey_ABC.p8');
  await writeFile(accountPath, JSON.stringify(account));
  await writeFile(keyPath, ecPem());
  const apns = { PUSH_APNS_KEY_ID: 'ABC', PUSH_APNS_TEAM_ID: 'T', PUSH_APNS_BUNDLE_ID: 'app.x' };
  for (const env of [
    { PUSH_FCM_SERVICE_ACCOUNT: accountPath, PUSH_APNS_KEY: keyPath, ...apns },
    { PUSH_FCM_SERVICE_ACCOUNT: JSON.stringify(account), PUSH_APNS_KEY: ecPem(), ...apns },
  ]) {
    const providers = await pushProvidersFromConfig(loadConfig(env));
    t.deepEqual(providers.map((p) => p.kind), ['fcm', 'apns']);
    await Promise.all(providers.map((p) => p.close()));
  }
});

test('bad secrets fail at start', async (t) => {
  await t.throwsAsync(pushProvidersFromConfig(loadConfig({ PUSH_FCM_SERVICE_ACCOUNT: '/nonexistent/sa.json' })), { code: 'ENOENT' });
  await t.throwsAsync(pushProvidersFromConfig(loadConfig({ PUSH_FCM_SERVICE_ACCOUNT: '{"client_email":"a"}' })), { message: /invalid service account: private_key/ });
  const noProject = JSON.stringify({ client_email: 'a', private_key: rsaPem() });
  await t.throwsAsync(pushProvidersFromConfig(loadConfig({ PUSH_FCM_SERVICE_ACCOUNT: noProject })), { message: /PUSH_FCM_PROJECT_ID/ });
  const apns = { PUSH_APNS_KEY_ID: 'ABC', PUSH_APNS_TEAM_ID: 'T', PUSH_APNS_BUNDLE_ID: 'app.x' };
  // An RSA key cannot sign ES256.
  await t.throwsAsync(pushProvidersFromConfig(loadConfig({ PUSH_APNS_KEY: rsaPem(), ...apns })), { message: /APNs key is not a PKCS #8 P-256 key/ });
});
