// Pure logic of src/push: previews, backoff, collapse, slot transitions, response
// classification, request shapes, webhook signatures, configuration.
import test from 'ava';
import { loadConfig } from '../src/shared/config.js';
import { attemptsLeft, backoffDelay, retryDelay, type RetryPolicy } from '../src/push/backoff.js';
import { collapse, withCount } from '../src/push/collapse.js';
import { arrive, begin, settle, wake, type Slot, type SlotIn } from '../src/push/delivery-slot.js';
import { parseRetryAfter } from '../src/push/retry-after.js';
import { pushNotification, truncatePreview } from '../src/push/push-notification.js';
import { classifyWebhookResponse } from '../src/push/classify-http-response.js';
import { classifyFcmResponse } from '../src/push/classify-fcm-response.js';
import { classifyApnsResponse } from '../src/push/classify-apns-response.js';
import { fcmMessage } from '../src/push/fcm-message.js';
import { apnsCollapseId, apnsHeaders, apnsPayload, isApnsDeviceToken } from '../src/push/apns-request.js';
import { signWebhookBody, verifyWebhookSignature } from '../src/push/webhook-signature.js';
import { note } from './helpers/push.js';

const policy: RetryPolicy = { baseMs: 100, maxDelayMs: 1000, maxAttempts: 4 };
const NOW = 1_700_000_000_000;

test('preview: whitespace folded, long text cut between graphemes with an ellipsis', (t) => {
  t.is(truncatePreview('  hi\n\tthere  ', 10), 'hi there');
  t.is(truncatePreview('abcdef', 6), 'abcdef');
  t.is(truncatePreview('abcdefg', 6), 'abcde…');
  // A family emoji is one grapheme of 11 UTF-16 units; an accented e (e + U+0301) is one of two.
  const family = '👨‍👩‍👧‍👦';
  t.is(truncatePreview(`${family}${family}${family}`, 3), `${family}${family}${family}`);
  t.is(truncatePreview(`${family}${family}${family}x`, 3), `${family}${family}…`);
  t.is(truncatePreview('e\u0301e\u0301e\u0301e\u0301', 3), 'e\u0301e\u0301…');
  t.is(truncatePreview('word '.repeat(40_000), 5), 'word…');
});

test('a notification: preview, collapse key = conversation, ids in data', (t) => {
  const n = pushNotification({ userId: 'u', conversationId: 'c', messageId: 'm', title: 'Ann', text: 'x'.repeat(500), badge: 3, data: { kind: 'message' } }, 50);
  t.is(n.body.length, 50);
  t.true(n.body.endsWith('…'));
  t.is(n.collapseKey, 'c');
  t.is(n.badge, 3);
  t.deepEqual(n.data, { kind: 'message', conversation_id: 'c', message_id: 'm' });
  t.false('sound' in n);
});

test('Retry-After: seconds or an HTTP date; garbage is ignored', (t) => {
  t.is(parseRetryAfter('3', NOW), 3000);
  t.is(parseRetryAfter(' 0 ', NOW), 0);
  t.is(parseRetryAfter(new Date(NOW + 5000).toUTCString(), NOW), 5000);
  t.is(parseRetryAfter(new Date(NOW - 5000).toUTCString(), NOW), 0);
  t.is(parseRetryAfter('soon', NOW), undefined);
  t.is(parseRetryAfter(null, NOW), undefined);
});

test('backoff: doubles from the base, capped, half fixed and half jitter', (t) => {
  t.deepEqual([0, 1, 2, 3, 4, 5].map((a) => backoffDelay(a, policy, () => 1)), [100, 200, 400, 800, 1000, 1000]);
  t.deepEqual([0, 1, 2, 3, 4, 5].map((a) => backoffDelay(a, policy, () => 0)), [50, 100, 200, 400, 500, 500]);
  t.is(backoffDelay(1, policy, () => 0.5), 150);
  t.is(backoffDelay(200, policy, () => 1), 1000); // 2 ** 200 does not overflow into nonsense
});

test('retry delay: Retry-After obeyed as given, a too long one gives up; attempts are counted', (t) => {
  t.is(retryDelay(0, undefined, policy, () => 1), 100);
  t.is(retryDelay(3, 700, policy, () => 1), 700);
  t.is(retryDelay(0, 0, policy, () => 1), 0);
  t.is(retryDelay(0, 1001, policy, () => 1), undefined);
  t.deepEqual([0, 1, 2, 3].map((a) => attemptsLeft(a, policy)), [true, true, true, false]);
});

test('collapse: the newest content wins whatever the order, counts add', (t) => {
  const a = { notification: note(1), count: 1, seq: 1 };
  const b = { notification: note(2), count: 2, seq: 5 };
  t.deepEqual(collapse(a, b), { notification: note(2), count: 3, seq: 5 });
  t.deepEqual(collapse(b, a), { notification: note(2), count: 3, seq: 5 });
  t.is(collapse(undefined, a), a);
  t.is(withCount(a), a.notification);
  t.is(withCount(b).count, 2);
});

const c = (i: number, count = 1) => ({ notification: note(i), count, seq: i });

test('slot: arrivals collapse while queued or waiting, queue behind a send in flight', (t) => {
  const q = arrive(undefined, c(1));
  t.deepEqual(q, { phase: 'queued', current: c(1), attempt: 0 });
  t.deepEqual(arrive(q, c(2)), { phase: 'queued', current: c(2, 2), attempt: 0 });
  const s = begin(arrive(q, c(2)) as SlotIn<'queued'>);
  const s3 = arrive(arrive(s, c(3)), c(4));
  t.like(s3, { phase: 'sending', current: c(2, 2), next: c(4, 2) });
  // Older than what is on the wire (its target look-up was slow): ignored.
  t.is(arrive(s, c(1)), s);
  const w: Slot = { phase: 'waiting', current: c(1), attempt: 2, delayMs: 50 };
  t.deepEqual(arrive(w, c(2)), { phase: 'waiting', current: c(2, 2), attempt: 2, delayMs: 50 });
  t.deepEqual(wake(w), { phase: 'queued', current: c(1), attempt: 2 });
});

test('slot: delivered frees the slot or sends what queued behind, from attempt 0', (t) => {
  const s: SlotIn<'sending'> = { phase: 'sending', current: c(1), attempt: 2 };
  t.deepEqual(settle(s, { status: 'delivered', id: 'x' }, policy, () => 1), {
    slot: undefined,
    finished: { status: 'delivered', collapsed: c(1), attempts: 3 },
  });
  const withNext = settle({ ...s, next: c(3, 2) }, { status: 'delivered' }, policy, () => 1);
  t.deepEqual(withNext.slot, { phase: 'queued', current: c(3, 2), attempt: 0 });
  t.is(withNext.finished?.status, 'delivered');
  const perm = settle(s, { status: 'permanent', reason: 'bad' }, policy, () => 1);
  t.like(perm.finished, { status: 'permanent', reason: 'bad' });
});

test('slot: retryable waits on the schedule, newer content folded in, until attempts run out', (t) => {
  const s: SlotIn<'sending'> = { phase: 'sending', current: c(1), attempt: 0 };
  t.deepEqual(settle(s, { status: 'retryable', reason: '503' }, policy, () => 1).slot, { phase: 'waiting', current: c(1), attempt: 1, delayMs: 100 });
  t.deepEqual(settle({ ...s, attempt: 1, next: c(2) }, { status: 'retryable', reason: '503', retryAfterMs: 30 }, policy, () => 1).slot, {
    phase: 'waiting',
    current: c(2, 2),
    attempt: 2,
    delayMs: 30,
  });
  const last = settle({ ...s, attempt: 3, next: c(2) }, { status: 'retryable', reason: '503' }, policy, () => 1);
  t.deepEqual(last, { slot: undefined, finished: { status: 'gave_up', collapsed: c(2, 2), attempts: 4, reason: '503' } });
  const tooLong = settle(s, { status: 'retryable', reason: '429', retryAfterMs: 5000 }, policy, () => 1);
  t.is(tooLong.finished?.status, 'gave_up');
});

test('slot: an invalid token ends the slot, with what waited behind', (t) => {
  const r = settle({ phase: 'sending', current: c(1), attempt: 0, next: c(2) }, { status: 'invalid_token', reason: 'gone' }, policy, () => 1);
  t.deepEqual(r, { slot: undefined, finished: { status: 'invalid_token', collapsed: c(2, 2), attempts: 1, reason: 'gone' } });
});

test('webhook answers', (t) => {
  t.deepEqual(classifyWebhookResponse(204, null, NOW), { status: 'delivered' });
  t.deepEqual(classifyWebhookResponse(410, null, NOW), { status: 'invalid_token', reason: 'http 410' });
  t.deepEqual(classifyWebhookResponse(503, '2', NOW), { status: 'retryable', reason: 'http 503', retryAfterMs: 2000 });
  t.deepEqual(classifyWebhookResponse(429, null, NOW), { status: 'retryable', reason: 'http 429' });
  t.deepEqual(classifyWebhookResponse(302, null, NOW), { status: 'permanent', reason: 'http 302' });
  t.deepEqual(classifyWebhookResponse(400, null, NOW), { status: 'permanent', reason: 'http 400' });
});

const fcmError = (code: number, status: string, details: unknown[]) => ({ error: { code, message: 'x', status, details } });
const fcmDetail = (errorCode: string) => ({ '@type': 'type.googleapis.com/google.firebase.fcm.v1.FcmError', errorCode });
const badRequest = (field: string) => ({ '@type': 'type.googleapis.com/google.rpc.BadRequest', fieldViolations: [{ field, description: 'bad' }] });

test('FCM answers', (t) => {
  t.deepEqual(classifyFcmResponse(200, { name: 'projects/p/messages/1' }, null, NOW), { status: 'delivered', id: 'projects/p/messages/1' });
  t.is(classifyFcmResponse(404, fcmError(404, 'NOT_FOUND', [fcmDetail('UNREGISTERED')]), null, NOW).status, 'invalid_token');
  t.is(classifyFcmResponse(400, fcmError(400, 'INVALID_ARGUMENT', [fcmDetail('INVALID_ARGUMENT')]), null, NOW).status, 'invalid_token');
  t.is(classifyFcmResponse(400, fcmError(400, 'INVALID_ARGUMENT', [badRequest('message.token')]), null, NOW).status, 'invalid_token');
  // A payload mistake must not unregister the device.
  t.deepEqual(classifyFcmResponse(400, fcmError(400, 'INVALID_ARGUMENT', [badRequest('message.data[0].value')]), null, NOW), {
    status: 'permanent',
    reason: 'fcm 400 INVALID_ARGUMENT message.data[0].value',
  });
  t.is(classifyFcmResponse(400, fcmError(400, 'INVALID_ARGUMENT', []), null, NOW).status, 'permanent');
  t.is(classifyFcmResponse(403, fcmError(403, 'PERMISSION_DENIED', [fcmDetail('SENDER_ID_MISMATCH')]), null, NOW).status, 'permanent');
  t.is(classifyFcmResponse(404, '<html>not found</html>', null, NOW).status, 'permanent');
  t.deepEqual(classifyFcmResponse(429, fcmError(429, 'RESOURCE_EXHAUSTED', [fcmDetail('QUOTA_EXCEEDED')]), '10', NOW), {
    status: 'retryable',
    reason: 'fcm 429 QUOTA_EXCEEDED',
    retryAfterMs: 10_000,
  });
  t.is(classifyFcmResponse(503, undefined, null, NOW).status, 'retryable');
  t.is(classifyFcmResponse(500, fcmError(500, 'INTERNAL', [fcmDetail('INTERNAL')]), null, NOW).status, 'retryable');
  t.is(classifyFcmResponse(401, fcmError(401, 'UNAUTHENTICATED', []), null, NOW).status, 'unauthenticated');
  t.is(classifyFcmResponse(401, fcmError(401, 'UNAUTHENTICATED', [fcmDetail('THIRD_PARTY_AUTH_ERROR')]), null, NOW).status, 'permanent');
  t.is(classifyFcmResponse(403, fcmError(403, 'PERMISSION_DENIED', []), null, NOW).status, 'permanent');
});

test('APNs answers', (t) => {
  t.deepEqual(classifyApnsResponse(200, undefined, 'abc', null, NOW), { status: 'delivered', id: 'abc' });
  t.is(classifyApnsResponse(410, 'Unregistered', undefined, null, NOW).status, 'invalid_token');
  t.is(classifyApnsResponse(400, 'BadDeviceToken', undefined, null, NOW).status, 'invalid_token');
  t.is(classifyApnsResponse(400, 'DeviceTokenNotForTopic', undefined, null, NOW).status, 'invalid_token');
  t.deepEqual(classifyApnsResponse(400, 'PayloadTooLarge', undefined, null, NOW), { status: 'permanent', reason: 'apns 400 PayloadTooLarge' });
  t.is(classifyApnsResponse(403, 'ExpiredProviderToken', undefined, null, NOW).status, 'unauthenticated');
  t.is(classifyApnsResponse(403, 'InvalidProviderToken', undefined, null, NOW).status, 'permanent');
  t.deepEqual(classifyApnsResponse(429, 'TooManyRequests', undefined, null, NOW), { status: 'retryable', reason: 'apns 429 TooManyRequests' });
  t.deepEqual(classifyApnsResponse(503, 'ServiceUnavailable', undefined, '4', NOW), { status: 'retryable', reason: 'apns 503 ServiceUnavailable', retryAfterMs: 4000 });
  t.is(classifyApnsResponse(500, 'InternalServerError', undefined, null, NOW).status, 'retryable');
});

test('FCM message: string data without reserved keys, collapse on both platforms', (t) => {
  const n = { ...pushNotification({ userId: 'u', conversationId: 'c1', messageId: 'm1', title: 'T', text: 'B', badge: 2, data: { from: 'x', google_x: 'y', ok: 'z' } }), count: 3 };
  t.deepEqual(fcmMessage('tok', n, 60), {
    message: {
      token: 'tok',
      notification: { title: 'T', body: 'B' },
      data: { ok: 'z', conversation_id: 'c1', message_id: 'm1', count: '3' },
      android: { collapse_key: 'c1', priority: 'HIGH', ttl: '60s', notification: { tag: 'c1', notification_count: 2 } },
      apns: { headers: { 'apns-collapse-id': 'c1', 'apns-priority': '10' }, payload: { aps: { 'thread-id': 'c1', badge: 2 } } },
    },
  });
});

test('APNs request: headers, payload, collapse id within 64 bytes, token check', (t) => {
  const n = pushNotification({ userId: 'u', conversationId: 'c1', messageId: 'm1', title: 'T', text: 'B', sound: 'default', data: { aps: 'no' } });
  t.deepEqual(apnsPayload(n), { conversation_id: 'c1', message_id: 'm1', aps: { alert: { title: 'T', body: 'B' }, sound: 'default', 'thread-id': 'c1' } });
  t.deepEqual(apnsHeaders('ab12', n, { topic: 'app.id', jwt: 'J', expirationS: 99 }), {
    ':method': 'POST',
    ':path': '/3/device/ab12',
    authorization: 'bearer J',
    'apns-topic': 'app.id',
    'apns-push-type': 'alert',
    'apns-priority': '10',
    'apns-collapse-id': 'c1',
    'apns-expiration': '99',
    'content-type': 'application/json',
  });
  t.is(apnsCollapseId('x'.repeat(64)), 'x'.repeat(64));
  const long = apnsCollapseId('é'.repeat(33)); // 66 bytes
  t.true(Buffer.byteLength(long) <= 64);
  t.is(long, apnsCollapseId('é'.repeat(33)));
  t.true(isApnsDeviceToken('a'.repeat(64)));
  t.false(isApnsDeviceToken('../../x'));
  t.false(isApnsDeviceToken('abc'));
});

test('webhook signatures: verify, tamper, replay, rotation, malformed', (t) => {
  const body = '{"a":1}';
  const secret = 'a-secret-of-some-length';
  const nowS = NOW / 1000;
  const header = signWebhookBody(body, secret, nowS);
  t.regex(header, /^t=\d+,v1=[0-9a-f]{64}$/);
  t.deepEqual(verifyWebhookSignature(body, header, secret, { nowMs: NOW }), { ok: true, timestampS: nowS });
  t.deepEqual(verifyWebhookSignature(Buffer.from(body), header, secret, { nowMs: NOW }), { ok: true, timestampS: nowS });
  t.deepEqual(verifyWebhookSignature('{"a":2}', header, secret, { nowMs: NOW }), { ok: false, reason: 'mismatch' });
  t.deepEqual(verifyWebhookSignature(body, header, 'another-secret-here', { nowMs: NOW }), { ok: false, reason: 'mismatch' });
  t.true(verifyWebhookSignature(body, header, ['another-secret-here', secret], { nowMs: NOW }).ok);
  t.deepEqual(verifyWebhookSignature(body, header, secret, { nowMs: NOW + 301_000 }), { ok: false, reason: 'stale' });
  // Moving t forward to pass the freshness check breaks the signature.
  const replayed = header.replace(/^t=\d+/, `t=${nowS + 600}`);
  t.deepEqual(verifyWebhookSignature(body, replayed, secret, { nowMs: NOW + 600_000 }), { ok: false, reason: 'mismatch' });
  t.deepEqual(verifyWebhookSignature(body, undefined, secret), { ok: false, reason: 'missing' });
  t.deepEqual(verifyWebhookSignature(body, 'v1=abc', secret), { ok: false, reason: 'malformed' });
  t.deepEqual(verifyWebhookSignature(body, 'garbage', secret), { ok: false, reason: 'malformed' });
});

test('push configuration: off by default, all-or-nothing per provider', (t) => {
  const c = loadConfig({});
  t.is(c.PUSH_WEBHOOK_URL, undefined);
  t.is(c.PUSH_APNS_ENVIRONMENT, 'production');
  t.is(c.PUSH_RETRY_MAX_ATTEMPTS, 5);
  t.is(loadConfig({ PUSH_WEBHOOK_URL: '' }).PUSH_WEBHOOK_URL, undefined);
  t.throws(() => loadConfig({ PUSH_WEBHOOK_URL: 'http://x/hook' }), { message: /PUSH_WEBHOOK_SECRET/ });
  t.throws(() => loadConfig({ PUSH_WEBHOOK_URL: 'not a url', PUSH_WEBHOOK_SECRET: 's'.repeat(16) }), { message: /PUSH_WEBHOOK_URL/ });
  t.throws(() => loadConfig({ PUSH_APNS_KEY_ID: 'K' }), { message: /PUSH_APNS_TEAM_ID/ });
  t.throws(() => loadConfig({ PUSH_APNS_ENVIRONMENT: 'staging' }), { message: /PUSH_APNS_ENVIRONMENT/ });
  t.throws(() => loadConfig({ PUSH_FCM_PROJECT_ID: 'p' }), { message: /PUSH_FCM_SERVICE_ACCOUNT/ });
  t.is(loadConfig({ PUSH_WEBHOOK_URL: 'http://x/hook', PUSH_WEBHOOK_SECRET: 's'.repeat(16) }).PUSH_WEBHOOK_URL, 'http://x/hook');
});
