// The notifier's pure decisions: what a push says, and which members may get one.
import test from 'ava';
import { pushContent } from '../src/notify/push-content.js';
import { wantsPush } from '../src/notify/push-recipients.js';
import { Kind } from '../src/shared/conversation-rules.js';

test('direct: the sender is the title; group: the group is, and the body names the sender', (t) => {
  const base = { conversationName: 'Hikers', senderName: 'Ann', text: 'hi', mediaCount: 0 };
  t.deepEqual(pushContent({ ...base, kind: Kind.direct }), { title: 'Ann', text: 'hi' });
  t.deepEqual(pushContent({ ...base, kind: Kind.group }), { title: 'Hikers', text: 'Ann: hi' });
  t.deepEqual(pushContent({ ...base, kind: Kind.group, conversationName: ' ', senderName: '' }), { title: 'Group', text: 'Someone: hi' });
  t.deepEqual(pushContent({ ...base, kind: Kind.direct, text: '', mediaCount: 1 }), { title: 'Ann', text: 'sent an attachment' });
  t.deepEqual(pushContent({ ...base, kind: Kind.group, text: ' ', mediaCount: 3 }), { title: 'Hikers', text: 'Ann: sent 3 attachments' });
});

test('no push for the sender, a muted conversation (until unmuted or until a later time), or a message already read', (t) => {
  const message = { seq: 10, senderId: 's' };
  const now = 1_000_000;
  const member = { userId: 'u', readSeq: 9, mutedUntilMs: null };
  t.true(wantsPush(member, message, now));
  t.false(wantsPush({ ...member, userId: 's' }, message, now), 'the sender');
  t.false(wantsPush({ ...member, mutedUntilMs: 0 }, message, now), 'muted until unmuted');
  t.false(wantsPush({ ...member, mutedUntilMs: now + 1 }, message, now), 'muted for a while yet');
  t.true(wantsPush({ ...member, mutedUntilMs: now }, message, now), 'the mute has ended');
  t.false(wantsPush({ ...member, readSeq: 10 }, message, now), 'read on another device already');
});
