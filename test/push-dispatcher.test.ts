// PushDispatcher with a scripted provider and a clock that moves only when told: collapse,
// the retry schedule, invalid tokens, bounds and shutdown, without sleeping.
import test from 'ava';
import { PushDispatcher, type PushDispatcherOptions, type PushOutcome } from '../src/push/push-dispatcher.js';
import type { PushTarget } from '../src/push/push-provider.js';
import { deferred, FakeClock, note, ScriptedProvider, tick } from './helpers/push.js';

const phone: PushTarget = { kind: 'fcm', token: 'phone', deviceId: 'd1' };
const tablet: PushTarget = { kind: 'apns', token: 'ab'.repeat(32), deviceId: 'd2' };
const retry = { baseMs: 100, maxDelayMs: 1000, maxAttempts: 4 };

function setup(over: Partial<PushDispatcherOptions> = {}, targets: PushTarget[] = [phone]) {
  const clock = new FakeClock();
  const fcm = new ScriptedProvider('fcm');
  const apns = new ScriptedProvider('apns');
  const outcomes: PushOutcome[] = [];
  const invalid: Array<[string, PushTarget]> = [];
  const dispatcher = new PushDispatcher({
    providers: [fcm, apns],
    targets: async () => targets,
    retry,
    clock,
    random: () => 1, // the top of the jitter range: delays are exactly base * 2^attempt
    onOutcome: (o) => outcomes.push(o),
    onInvalidToken: (userId, target) => void invalid.push([userId, target]),
    ...over,
  });
  return { clock, fcm, apns, outcomes, invalid, dispatcher };
}

test('sends to every device of the user through the matching provider', async (t) => {
  const { fcm, apns, outcomes, dispatcher } = setup({}, [phone, tablet, { kind: 'webhook', token: 'w' }]);
  const report = await dispatcher.dispatch(note(1));
  t.deepEqual(report, { queued: 2, collapsed: 0, dropped: 0, unsupported: 1, closed: false });
  await fcm.answer(0, { status: 'delivered', id: 'f1' });
  await apns.answer(0, { status: 'delivered' });
  t.is(fcm.calls[0]!.target, phone);
  t.is(apns.calls[0]!.target, tablet);
  t.is(fcm.calls[0]!.notification.body, 'message 1');
  await dispatcher.idle();
  t.deepEqual(outcomes.map((o) => [o.status, o.target.kind, o.count, o.attempts]), [
    ['no_provider', 'webhook', 1, 0],
    ['delivered', 'fcm', 1, 1],
    ['delivered', 'apns', 1, 1],
  ]);
  t.is(dispatcher.size, 0);
});

test('collapse: while one is in flight, later ones for the conversation become one request with the newest content', async (t) => {
  const { fcm, outcomes, dispatcher } = setup();
  await dispatcher.dispatch(note(1));
  t.is(fcm.calls.length, 1);
  for (const i of [2, 3, 4]) t.like(await dispatcher.dispatch(note(i)), { queued: 0, collapsed: 1 });
  // Another conversation has its own slot.
  t.like(await dispatcher.dispatch(note(9, 'c2')), { queued: 1 });
  t.is(fcm.calls.length, 2);
  await fcm.answer(0, { status: 'delivered' });
  await fcm.answer(1, { status: 'delivered' });
  await fcm.answer(2, { status: 'delivered' });
  await dispatcher.idle();
  const c1 = fcm.calls.filter((c) => c.notification.conversationId === 'c1');
  t.is(c1.length, 2);
  t.is(c1[1]!.notification.messageId, 'm4');
  t.is(c1[1]!.notification.count, 3);
  t.is(c1[0]!.notification.count, undefined);
  t.deepEqual(outcomes.map((o) => [o.notification.messageId, o.count]).sort(), [['m1', 1], ['m4', 3], ['m9', 1]]);
});

test('collapse while queued: one request stands for all', async (t) => {
  const { fcm, dispatcher } = setup({ concurrency: 1 });
  await dispatcher.dispatch(note(1, 'busy'));
  for (const i of [2, 3, 4]) await dispatcher.dispatch(note(i));
  await fcm.answer(0, { status: 'delivered' });
  await fcm.answer(1, { status: 'delivered' });
  await dispatcher.idle();
  t.is(fcm.calls.length, 2);
  t.like(fcm.calls[1]!.notification, { messageId: 'm4', count: 3 });
});

test('a slow target look-up cannot let an older notification replace a newer one', async (t) => {
  const lookups = [deferred<PushTarget[]>(), deferred<PushTarget[]>(), deferred<PushTarget[]>()];
  let n = 0;
  const { fcm, dispatcher } = setup({ targets: () => lookups[n++]!.promise, concurrency: 1 });
  const first = dispatcher.dispatch(note(1));
  const older = dispatcher.dispatch(note(2));
  const newer = dispatcher.dispatch(note(3));
  lookups[0]!.resolve([phone]);
  await first;
  lookups[2]!.resolve([phone]);
  await newer;
  lookups[1]!.resolve([phone]);
  await older;
  await fcm.answer(0, { status: 'delivered' });
  await fcm.answer(1, { status: 'delivered' });
  await dispatcher.idle();
  t.deepEqual(fcm.calls.map((c) => c.notification.messageId), ['m1', 'm3']);
});

test('retries on the backoff schedule, then delivers', async (t) => {
  const { clock, fcm, outcomes, dispatcher } = setup();
  await dispatcher.dispatch(note(1));
  await fcm.answer(0, { status: 'retryable', reason: '503' });
  t.deepEqual(clock.pending, [100]);
  t.is(clock.fireNext(), 100);
  await fcm.answer(1, { status: 'retryable', reason: '503' });
  t.deepEqual(clock.pending, [200]);
  clock.fireNext();
  await fcm.answer(2, { status: 'delivered' });
  await dispatcher.idle();
  t.is(fcm.calls.length, 3);
  t.like(outcomes[0], { status: 'delivered', attempts: 3, count: 1 });
});

test('jitter spreads the delays within [ceiling/2, ceiling]', async (t) => {
  const { clock, fcm, dispatcher } = setup({ random: () => 0 });
  await dispatcher.dispatch(note(1));
  await fcm.answer(0, { status: 'retryable', reason: '503' });
  t.deepEqual(clock.pending, [50]);
  await dispatcher.close();
});

test('Retry-After from the provider sets the delay', async (t) => {
  const { clock, fcm, dispatcher } = setup();
  await dispatcher.dispatch(note(1));
  await fcm.answer(0, { status: 'retryable', reason: '429', retryAfterMs: 750 });
  t.deepEqual(clock.pending, [750]);
  clock.advance(749);
  await tick();
  t.is(fcm.calls.length, 1);
  clock.advance(1);
  await fcm.answer(1, { status: 'delivered' });
  await dispatcher.idle();
  t.is(fcm.calls.length, 2);
});

test('a notification arriving during the backoff goes out at the scheduled time, with the newest content', async (t) => {
  const { clock, fcm, dispatcher } = setup();
  await dispatcher.dispatch(note(1));
  await fcm.answer(0, { status: 'retryable', reason: '503' });
  t.like(await dispatcher.dispatch(note(2)), { collapsed: 1 });
  await tick();
  t.is(fcm.calls.length, 1);
  clock.fireNext();
  await fcm.answer(1, { status: 'delivered' });
  t.like(fcm.calls[1]!.notification, { messageId: 'm2', count: 2 });
  await dispatcher.idle();
});

test('gives up after maxAttempts, and at once on a Retry-After beyond maxDelayMs', async (t) => {
  const { clock, fcm, outcomes, dispatcher } = setup();
  await dispatcher.dispatch(note(1));
  for (let i = 0; i < 4; i++) {
    await fcm.answer(i, { status: 'retryable', reason: '500' });
    if (i < 3) clock.fireNext();
  }
  await dispatcher.idle();
  t.is(fcm.calls.length, 4);
  t.like(outcomes[0], { status: 'gave_up', attempts: 4, reason: '500' });
  await dispatcher.dispatch(note(2));
  await fcm.answer(4, { status: 'retryable', reason: '429', retryAfterMs: 5000 });
  await dispatcher.idle();
  t.like(outcomes[1], { status: 'gave_up', attempts: 1 });
  t.deepEqual(clock.pending, []);
});

test('an invalid token is reported once and what waited behind it is dropped', async (t) => {
  const { fcm, outcomes, invalid, dispatcher } = setup();
  await dispatcher.dispatch(note(1));
  await dispatcher.dispatch(note(2));
  await fcm.answer(0, { status: 'invalid_token', reason: 'UNREGISTERED' });
  await dispatcher.idle();
  await tick();
  t.deepEqual(invalid, [['u1', phone]]);
  t.is(fcm.calls.length, 1);
  t.like(outcomes[0], { status: 'invalid_token', count: 2, reason: 'UNREGISTERED' });
});

test('a failing invalid-token callback does not break the dispatcher', async (t) => {
  const { fcm, dispatcher } = setup({ onInvalidToken: () => Promise.reject(new Error('db down')) });
  await dispatcher.dispatch(note(1));
  await fcm.answer(0, { status: 'invalid_token', reason: 'gone' });
  await dispatcher.dispatch(note(2));
  await fcm.answer(1, { status: 'delivered' });
  await dispatcher.idle();
  t.is(fcm.calls.length, 2);
});

test('a permanent failure ends the notification but not the device', async (t) => {
  const { fcm, outcomes, invalid, dispatcher } = setup();
  await dispatcher.dispatch(note(1));
  await fcm.answer(0, { status: 'permanent', reason: 'payload' });
  await dispatcher.idle();
  t.like(outcomes[0], { status: 'permanent', attempts: 1 });
  t.deepEqual(invalid, []);
});

test('bounded: beyond maxQueued slots new ones are dropped, collapsing still works', async (t) => {
  const { fcm, outcomes, dispatcher } = setup({ maxQueued: 2 });
  await dispatcher.dispatch(note(1, 'a'));
  await dispatcher.dispatch(note(2, 'b'));
  t.like(await dispatcher.dispatch(note(3, 'c')), { dropped: 1, queued: 0 });
  t.like(await dispatcher.dispatch(note(4, 'a')), { collapsed: 1 });
  t.like(outcomes[0], { status: 'dropped', reason: 'queue full' });
  t.is(dispatcher.size, 2);
  await fcm.answer(0, { status: 'delivered' });
  await fcm.answer(1, { status: 'delivered' });
  await fcm.answer(2, { status: 'delivered' });
  await dispatcher.idle();
  t.deepEqual(fcm.calls.map((c) => c.notification.messageId), ['m1', 'm2', 'm4']);
});

test('bounded: at most `concurrency` requests in flight', async (t) => {
  const { fcm, dispatcher } = setup({ concurrency: 2 });
  for (let i = 0; i < 5; i++) await dispatcher.dispatch(note(i, `c${i}`));
  t.is(fcm.calls.length, 2);
  for (let i = 0; i < 5; i++) await fcm.answer(i, { status: 'delivered' });
  await dispatcher.idle();
  t.is(fcm.calls.length, 5);
  t.is(fcm.maxInFlight, 2);
});

test('close() cancels pending retries, aborts requests in flight, and every slot ends with an outcome', async (t) => {
  const { clock, fcm, outcomes, dispatcher } = setup();
  await dispatcher.dispatch(note(1, 'a'));
  await dispatcher.dispatch(note(2, 'b'));
  await fcm.answer(0, { status: 'retryable', reason: '503' }); // a waits for its retry
  t.deepEqual(clock.pending, [100]);
  await dispatcher.dispatch(note(3, 'b')); // queued behind b's request in flight
  const closing = dispatcher.close();
  t.is(dispatcher.close(), closing);
  await closing;
  t.deepEqual(clock.pending, []);
  t.true(fcm.calls[1]!.signal?.aborted);
  t.is(fcm.calls.length, 2);
  t.is(dispatcher.size, 0);
  t.deepEqual(outcomes.map((o) => [o.status, o.notification.messageId]).sort(), [['cancelled', 'm1'], ['cancelled', 'm3']]);
  t.like(await dispatcher.dispatch(note(4)), { closed: true, queued: 0 });
});

test('close({ drainMs }) lets retries finish within the time', async (t) => {
  const { clock, fcm, outcomes, dispatcher } = setup();
  await dispatcher.dispatch(note(1));
  await fcm.answer(0, { status: 'retryable', reason: '503' });
  const closing = dispatcher.close({ drainMs: 5000 });
  await tick();
  t.like(await dispatcher.dispatch(note(2)), { closed: true });
  t.deepEqual(clock.pending, [100, 5000]);
  clock.fireNext();
  await fcm.answer(1, { status: 'delivered' });
  await closing;
  t.deepEqual(outcomes.map((o) => o.status), ['delivered']);
});

test('close({ drainMs }) cancels what is left when the time is up', async (t) => {
  const { clock, fcm, outcomes, dispatcher } = setup({ retry: { ...retry, baseMs: 10_000, maxDelayMs: 60_000 } });
  await dispatcher.dispatch(note(1));
  await fcm.answer(0, { status: 'retryable', reason: '503' });
  const closing = dispatcher.close({ drainMs: 500 });
  await tick();
  clock.advance(500);
  await closing;
  t.is(fcm.calls.length, 1);
  t.deepEqual(clock.pending, []);
  t.like(outcomes[0], { status: 'cancelled', attempts: 1 });
});

test('a provider that throws counts as a retryable failure', async (t) => {
  const clock = new FakeClock();
  const outcomes: PushOutcome[] = [];
  let calls = 0;
  const dispatcher = new PushDispatcher({
    providers: [{ kind: 'fcm', send: async () => (calls++ === 0 ? Promise.reject(new Error('bug')) : { status: 'delivered' }), close: async () => {} }],
    targets: async () => [phone],
    retry,
    clock,
    onOutcome: (o) => outcomes.push(o),
  });
  await dispatcher.dispatch(note(1));
  await tick();
  clock.fireNext();
  await dispatcher.idle();
  t.like(outcomes[0], { status: 'delivered', attempts: 2 });
});

test('a failed target look-up rejects dispatch and queues nothing', async (t) => {
  const { dispatcher } = setup({ targets: () => Promise.reject(new Error('db down')) });
  await t.throwsAsync(dispatcher.dispatch(note(1)), { message: 'db down' });
  t.is(dispatcher.size, 0);
  await dispatcher.close();
});
