// The webhook provider against a real local HTTP receiver that checks every signature, and
// the dispatcher driving it: retries, Retry-After, collapse, dead targets, shutdown.
import test from 'ava';
import type { ServerResponse } from 'node:http';
import { PushDispatcher, type PushOutcome } from '../src/push/push-dispatcher.js';
import type { PushTarget } from '../src/push/push-provider.js';
import { WebhookProvider, type WebhookBody } from '../src/push/webhook-provider.js';
import { verifyWebhookSignature, type WebhookVerification } from '../src/push/webhook-signature.js';
import { deferred, FakeClock, note, recordingServer, waitFor, type Received } from './helpers/push.js';

const SECRET = 'webhook-test-secret-0123456789';
const target: PushTarget = { kind: 'webhook', token: 'receiver-device-7', deviceId: 'd7' };

interface Hook {
  url: string;
  received: Received[];
  checks: WebhookVerification[];
  bodies: WebhookBody[];
  close(): Promise<void>;
}

/**
 * A receiver as a user would write it: verify the signature over the raw bytes, then parse.
 * `answer` decides the response to request number i (0-based).
 */
async function receiver(answer: (i: number, res: ServerResponse) => void | Promise<void> = (_i, res) => void res.writeHead(204).end()): Promise<Hook> {
  const checks: WebhookVerification[] = [];
  const bodies: WebhookBody[] = [];
  let n = 0;
  const server = await recordingServer(async (req, res) => {
    const check = verifyWebhookSignature(req.body, req.headers['parley-signature'] as string | undefined, SECRET);
    checks.push(check);
    if (!check.ok) return void res.writeHead(401).end();
    bodies.push(JSON.parse(req.body.toString('utf8')) as WebhookBody);
    await answer(n++, res);
  });
  return { ...server, url: `${server.url}/hooks/push`, checks, bodies };
}

test('posts a signed JSON body that a receiver verifies and reads', async (t) => {
  const hook = await receiver();
  t.teardown(() => hook.close());
  const provider = new WebhookProvider({ url: hook.url, secret: SECRET });
  const n = { ...note(1), badge: 4, count: 2 };
  t.deepEqual(await provider.send(target, n), { status: 'delivered' });
  const [req] = hook.received;
  t.is(req?.method, 'POST');
  t.is(req?.url, '/hooks/push');
  t.is(req?.headers['content-type'], 'application/json');
  t.regex(String(req?.headers['parley-signature']), /^t=\d+,v1=[0-9a-f]{64}$/);
  t.true(hook.checks[0]?.ok);
  t.deepEqual(hook.bodies[0], {
    type: 'parley.push',
    target: { token: 'receiver-device-7', device_id: 'd7' },
    notification: {
      user_id: 'u1',
      conversation_id: 'c1',
      message_id: 'm1',
      title: 'Ann',
      body: 'message 1',
      badge: 4,
      collapse_key: 'c1',
      count: 2,
      data: { conversation_id: 'c1', message_id: 'm1' },
    },
  });
  // The same bytes under another secret do not verify.
  t.deepEqual(verifyWebhookSignature(req!.body, req!.headers['parley-signature'] as string, 'some-other-secret-123'), { ok: false, reason: 'mismatch' });
});

test('a sender with the wrong secret is refused by the receiver (401, permanent)', async (t) => {
  const hook = await receiver();
  t.teardown(() => hook.close());
  const provider = new WebhookProvider({ url: hook.url, secret: 'not-the-shared-secret' });
  t.deepEqual(await provider.send(target, note(1)), { status: 'permanent', reason: 'http 401' });
  t.deepEqual(hook.checks, [{ ok: false, reason: 'mismatch' }]);
});

test('answers map to results: 410 drops the target, 503 with Retry-After is retryable, no server is retryable', async (t) => {
  const statuses = [410, 503, 400];
  const hook = await receiver((i, res) => void res.writeHead(statuses[i]!, statuses[i] === 503 ? { 'retry-after': '3' } : {}).end());
  t.teardown(() => hook.close());
  const provider = new WebhookProvider({ url: hook.url, secret: SECRET });
  t.deepEqual(await provider.send(target, note(1)), { status: 'invalid_token', reason: 'http 410' });
  t.deepEqual(await provider.send(target, note(1)), { status: 'retryable', reason: 'http 503', retryAfterMs: 3000 });
  t.deepEqual(await provider.send(target, note(1)), { status: 'permanent', reason: 'http 400' });
  const nowhere = new WebhookProvider({ url: 'http://127.0.0.1:9/none', secret: SECRET, timeoutMs: 2000 });
  t.is((await nowhere.send(target, note(1))).status, 'retryable');
});

test('a hanging receiver times out as retryable', async (t) => {
  const hook = await receiver(() => new Promise(() => {}));
  t.teardown(() => hook.close());
  const provider = new WebhookProvider({ url: hook.url, secret: SECRET, timeoutMs: 100 });
  t.deepEqual(await provider.send(target, note(1)), { status: 'retryable', reason: 'timeout' });
});

function dispatcherFor(hook: Hook, over: Partial<ConstructorParameters<typeof PushDispatcher>[0]> = {}) {
  const outcomes: PushOutcome[] = [];
  const invalid: PushTarget[] = [];
  const dispatcher = new PushDispatcher({
    providers: [new WebhookProvider({ url: hook.url, secret: SECRET })],
    targets: async () => [target],
    retry: { baseMs: 20, maxDelayMs: 1000, maxAttempts: 5 },
    random: () => 1,
    onOutcome: (o) => outcomes.push(o),
    onInvalidToken: (_u, t) => void invalid.push(t),
    ...over,
  });
  return { dispatcher, outcomes, invalid };
}

test('503, 503, then 200: retried with growing delays, the same body each time', async (t) => {
  const hook = await receiver((i, res) => void res.writeHead(i < 2 ? 503 : 200).end());
  t.teardown(() => hook.close());
  const { dispatcher, outcomes } = dispatcherFor(hook);
  await dispatcher.dispatch(note(1));
  await dispatcher.idle();
  t.is(hook.received.length, 3);
  t.true(hook.checks.every((c) => c.ok));
  t.deepEqual(hook.bodies[2], hook.bodies[0]);
  const [a, b, c] = hook.received.map((r) => r.at);
  t.true(b! - a! >= 18, `first gap ${b! - a!} ms`); // 20 ms, then 40 ms (random = 1)
  t.true(c! - b! >= 38, `second gap ${c! - b!} ms`);
  t.like(outcomes, [{ status: 'delivered', attempts: 3 }]);
});

test('Retry-After from the receiver is obeyed', async (t) => {
  const hook = await receiver((i, res) => void res.writeHead(i === 0 ? 429 : 200, i === 0 ? { 'retry-after': '7' } : {}).end());
  t.teardown(() => hook.close());
  const clock = new FakeClock();
  const { dispatcher, outcomes } = dispatcherFor(hook, { clock, retry: { baseMs: 20, maxDelayMs: 10_000, maxAttempts: 5 } });
  await dispatcher.dispatch(note(1));
  await waitFor(() => clock.pending.length === 1, 'the retry timer');
  t.deepEqual(clock.pending, [7000]);
  t.is(hook.received.length, 1);
  clock.advance(6999);
  t.is(clock.pending.length, 1); // not yet
  clock.advance(1);
  t.is(clock.pending.length, 0);
  await dispatcher.idle();
  t.is(hook.received.length, 2);
  t.like(outcomes, [{ status: 'delivered', attempts: 2 }]);
});

test('collapse: notifications arriving while the first is in flight reach the receiver as one, the newest', async (t) => {
  const release = deferred<void>();
  const hook = await receiver(async (i, res) => {
    if (i === 0) await release.promise;
    res.writeHead(200).end();
  });
  t.teardown(() => hook.close());
  const { dispatcher, outcomes } = dispatcherFor(hook);
  await dispatcher.dispatch(note(1));
  await waitFor(() => hook.received.length === 1, 'the first request');
  for (const i of [2, 3, 4, 5]) await dispatcher.dispatch(note(i));
  release.resolve();
  await dispatcher.idle();
  t.is(hook.received.length, 2);
  t.like(hook.bodies[1]?.notification, { message_id: 'm5', body: 'message 5', count: 4 });
  t.deepEqual(outcomes.map((o) => [o.status, o.notification.messageId, o.count]), [
    ['delivered', 'm1', 1],
    ['delivered', 'm5', 4],
  ]);
});

test('a target the receiver calls gone (410) is reported for removal', async (t) => {
  const hook = await receiver((_i, res) => void res.writeHead(410).end());
  t.teardown(() => hook.close());
  const { dispatcher, invalid, outcomes } = dispatcherFor(hook);
  await dispatcher.dispatch(note(1));
  await dispatcher.idle();
  await waitFor(() => invalid.length === 1, 'the invalid token callback');
  t.deepEqual(invalid, [target]);
  t.like(outcomes, [{ status: 'invalid_token', attempts: 1 }]);
  t.is(hook.received.length, 1);
});

test('close() while a retry is pending: the timer is cancelled, no further request', async (t) => {
  const hook = await receiver((_i, res) => void res.writeHead(503).end());
  t.teardown(() => hook.close());
  const clock = new FakeClock();
  const { dispatcher, outcomes } = dispatcherFor(hook, { clock });
  await dispatcher.dispatch(note(1));
  await waitFor(() => clock.pending.length === 1, 'the retry timer');
  const started = Date.now();
  await dispatcher.close();
  t.true(Date.now() - started < 1000);
  t.deepEqual(clock.pending, []);
  clock.advance(60_000);
  t.is(hook.received.length, 1);
  t.like(outcomes, [{ status: 'cancelled', attempts: 1 }]);
});

test('close() while a request hangs aborts it', async (t) => {
  const hook = await receiver(() => new Promise(() => {}));
  t.teardown(() => hook.close());
  const { dispatcher, outcomes } = dispatcherFor(hook);
  await dispatcher.dispatch(note(1));
  await waitFor(() => hook.received.length === 1, 'the request');
  await dispatcher.close();
  t.like(outcomes, [{ status: 'cancelled', attempts: 1 }]);
});
