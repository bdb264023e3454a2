// Pure parts of presence and typing: the typing decision, configuration, names.
import test from 'ava';
import { decideTyping, typingExpired, type TypingPolicy } from '../src/presence/typing-policy.js';
import { loadConfig } from '../src/shared/config.js';
import { namesFor } from '../src/shared/names.js';

const policy: TypingPolicy = { minIntervalMs: 2000, timeoutMs: 6000 };

test('typing: the first on is relayed, ons inside the interval are not, a refresh after it is', (t) => {
  const first = decideTyping(undefined, true, 1000, policy);
  t.deepEqual(first, { relay: true, next: { relayedAtMs: 1000 } });
  t.deepEqual(decideTyping(first.next, true, 2999, policy), { relay: false, next: { relayedAtMs: 1000 } });
  t.deepEqual(decideTyping(first.next, true, 3000, policy), { relay: true, next: { relayedAtMs: 3000 } });
});

test('typing: an off is relayed while watchers show the user typing, and only then', (t) => {
  t.deepEqual(decideTyping({ relayedAtMs: 1000 }, false, 1500, policy), { relay: true, next: undefined });
  t.deepEqual(decideTyping({ relayedAtMs: 1000 }, false, 7000, policy), { relay: false, next: undefined }, 'already expired for watchers');
  t.deepEqual(decideTyping(undefined, false, 1000, policy), { relay: false, next: undefined });
});

test('typing: an on after the watchers let it expire is a new start', (t) => {
  t.deepEqual(decideTyping({ relayedAtMs: 1000 }, true, 7000, policy), { relay: true, next: { relayedAtMs: 7000 } });
  t.false(typingExpired({ relayedAtMs: 1000 }, 6999, policy));
  t.true(typingExpired({ relayedAtMs: 1000 }, 7000, policy));
});

test('configuration: presence and typing defaults and their consistency checks', (t) => {
  const c = loadConfig({});
  t.is(c.HEARTBEAT_INTERVAL_MS, 5000);
  t.is(c.PRESENCE_TIMEOUT_MS, 30_000);
  t.is(c.TYPING_TIMEOUT_MS, 6000);
  t.is(c.TYPING_MIN_INTERVAL_MS, 2000);
  t.throws(() => loadConfig({ PRESENCE_TIMEOUT_MS: '5000' }), { message: /PRESENCE_TIMEOUT_MS/ });
  t.throws(() => loadConfig({ TYPING_MIN_INTERVAL_MS: '6000' }), { message: /TYPING_MIN_INTERVAL_MS/ });
  t.throws(() => loadConfig({ PRESENCE_WATCH_MAX_MEMBERS: '1' }), { message: /PRESENCE_WATCH_MAX_MEMBERS/ });
});

test('presence and typing names derive from the prefix and stay off the stream subjects', (t) => {
  const n = namesFor('abc');
  t.is(n.presenceSubject('u1'), 'abc.presence.u1');
  t.is(n.typingSubject('c1'), 'abc.typing.c1');
  t.is(n.presenceDeadlinesKey, 'abc:presence:deadlines');
  t.is(n.presenceSessionsKey('u1'), 'abc:presence:sessions:u1');
  t.is(n.presenceUserKey('u1'), 'abc:presence:user:u1');
  for (const s of [n.presenceFilter, n.typingFilter]) {
    t.false([n.convFilter, ...n.usersSubjects].includes(s));
    t.false(s.startsWith(`${n.prefix}.conv.`) || s.startsWith(n.liveSubject));
  }
});
