// The arithmetic of the abuse limits, on a fake clock: buckets refill at their rate up to
// their burst, a connection's frame needs a token from its own bucket and from its user's,
// refusals in a row turn into "abusive", and the connection cap gives slots back on release.
import test from 'ava';
import { TokenBucket } from '../src/gateway/token-bucket.js';
import { RateLimits, type RateLimitPolicy } from '../src/gateway/rate-limits.js';
import { loadConfig } from '../src/shared/config.js';

const policy = (over: Partial<RateLimitPolicy> = {}): RateLimitPolicy => ({
  connection: { send: { ratePerS: 10, burst: 5 }, markRead: { ratePerS: 10, burst: 5 }, typing: { ratePerS: 1, burst: 2 } },
  user: { send: { ratePerS: 15, burst: 8 }, markRead: { ratePerS: 15, burst: 8 }, typing: { ratePerS: 2, burst: 3 } },
  maxConnectionsPerUser: 2,
  ...over,
});

test('a bucket gives its burst at once, then its rate', (t) => {
  const b = new TokenBucket({ ratePerS: 10, burst: 3 }, 0);
  t.true(b.take(0) && b.take(0) && b.take(0));
  t.false(b.take(0));
  t.false(b.take(99)); // 0.99 of a token
  t.true(b.take(100));
  t.false(b.take(100));
  // A long pause refills to the burst, never beyond.
  t.true(b.isFull(60_000));
  let n = 0;
  while (b.take(60_000)) n++;
  t.is(n, 3);
});

test('a connection is limited by its own bucket', (t) => {
  let now = 0;
  const limits = new RateLimits(policy(), () => now);
  t.teardown(() => limits.close());
  const c = limits.connect('u')!;
  const verdicts = Array.from({ length: 7 }, () => c.allow('send'));
  t.deepEqual(verdicts, ['ok', 'ok', 'ok', 'ok', 'ok', 'limited', 'limited']);
  now = 100; // one token back
  t.is(c.allow('send'), 'ok');
  t.is(c.allow('send'), 'limited');
  // Typing has its own budget.
  t.is(c.allow('typing'), 'ok');
});

test("a user's connections share the user's bucket; a refused frame takes no token from either", (t) => {
  let now = 0;
  const limits = new RateLimits(policy(), () => now);
  t.teardown(() => limits.close());
  const a = limits.connect('u')!;
  const b = limits.connect('u')!;
  for (let i = 0; i < 5; i++) t.is(a.allow('send'), 'ok');
  // The user's bucket (8) has 3 left; b's own (5) is full.
  t.is(b.allow('send'), 'ok');
  t.is(b.allow('send'), 'ok');
  t.is(b.allow('send'), 'ok');
  t.is(b.allow('send'), 'limited');
  // REST sends draw on the same user bucket.
  t.false(limits.allowUser('u', 'send'));
  t.true(limits.allowUser('someone else', 'send'));
  // Read marks have their own budget.
  t.true(limits.allowUser('u', 'markRead'));
  now = 1000; // user +15 (capped at 8), connections +10 (capped at 5)
  for (let i = 0; i < 5; i++) t.is(a.allow('send'), 'ok');
  t.is(a.allow('send'), 'limited');
  t.is(b.allow('send'), 'ok');
});

test('refusals in a row beyond the burst (at least 100) are abusive; an accepted frame resets the count', (t) => {
  let now = 0;
  const limits = new RateLimits(policy(), () => now);
  t.teardown(() => limits.close());
  const c = limits.connect('u')!;
  for (let i = 0; i < 5; i++) c.allow('send');
  for (let i = 0; i < 100; i++) t.is(c.allow('send'), 'limited');
  now = 100;
  t.is(c.allow('send'), 'ok');
  for (let i = 0; i < 100; i++) t.is(c.allow('send'), 'limited');
  t.is(c.allow('send'), 'abusive');
});

test('the connection cap refuses the next connection of that user until one is released', (t) => {
  const limits = new RateLimits(policy());
  t.teardown(() => limits.close());
  const a = limits.connect('u')!;
  t.truthy(limits.connect('u'));
  t.is(limits.connect('u'), undefined);
  t.truthy(limits.connect('v'));
  a.release();
  a.release(); // idempotent: one slot back, not two
  t.is(limits.connectionsOf('u'), 1);
  t.truthy(limits.connect('u'));
  t.is(limits.connect('u'), undefined);
});

test("the default limits never refuse the benchmarks' senders (group: 5 senders at 510/s in all; catch-up: bursts of 100)", (t) => {
  const c = loadConfig({});
  const defaults: RateLimitPolicy = {
    connection: {
      send: { ratePerS: c.SEND_RATE_PER_S, burst: c.SEND_BURST },
      markRead: { ratePerS: c.SEND_RATE_PER_S, burst: c.SEND_BURST },
      typing: { ratePerS: c.TYPING_RATE_PER_S, burst: c.TYPING_BURST },
    },
    user: {
      send: { ratePerS: c.USER_SEND_RATE_PER_S, burst: c.USER_SEND_BURST },
      markRead: { ratePerS: c.USER_SEND_RATE_PER_S, burst: c.USER_SEND_BURST },
      typing: { ratePerS: c.USER_TYPING_RATE_PER_S, burst: c.USER_TYPING_BURST },
    },
    maxConnectionsPerUser: c.MAX_CONNECTIONS_PER_USER,
  };
  let now = 0;
  const limits = new RateLimits(defaults, () => now);
  t.teardown(() => limits.close());
  // bench/load.ts: a 10 ms tick sends what the clock owes, round-robin over the senders, for a minute.
  const senders = Array.from({ length: 5 }, (_, i) => limits.connect(`sender${i}`)!);
  let refused = 0;
  let credit = 0;
  let next = 0;
  for (now = 0; now < 60_000; now += 10) {
    credit += (10 * 510) / 1000;
    for (; credit >= 1; credit--) if (senders[next++ % senders.length]!.allow('send') !== 'ok') refused++;
  }
  t.is(refused, 0);
  // bench/catchup.ts: each sender writes 100 messages at once.
  const burst = limits.connect('catchup')!;
  t.true(Array.from({ length: 100 }, () => burst.allow('send')).every((v) => v === 'ok'));
});
