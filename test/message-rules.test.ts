// The message lifecycle rules, without any service: given the conversation and the message,
// when an edit, deletion or reaction, then accepted or the reason it is refused.
import test from 'ava';
import { pb, type ConversationCreated, type IEvent } from '../src/shared/events.js';
import { Kind, created, evolve, type ConversationState } from '../src/shared/conversation-rules.js';
import { canSee, deadline, lifecycleRefusal, replyTarget, validEmoji, type MessageFacts } from '../src/shared/message-rules.js';

const ev = (e: IEvent) => pb.Event.fromObject(e);

function group(shareHistory = false): ConversationState {
  const e = pb.ConversationCreated.fromObject({ conversationId: 'g', kind: Kind.group, memberIds: ['admin', 'b', 'c'], adminIds: ['admin'], createdBy: 'admin', memberLimit: 10, shareHistory });
  return created(e as ConversationCreated, 'g', 1)!;
}

const msg = (over: Partial<MessageFacts> = {}): MessageFacts => ({ conversationId: 'g', seq: 5, senderId: 'b', deleted: false, editUntilMs: 0, deleteUntilMs: 0, ...over });
const base = (userId: string, atMs = 1000) => ({ conversationId: 'g', messageId: 'm', userId, deviceId: 'd', atMs });

test('only the sender edits, within the message\'s own deadline, never a deleted message', (t) => {
  const g = group();
  t.is(lifecycleRefusal(g, msg(), ev({ messageEdited: { ...base('b'), text: 'new' } }), 'g'), undefined);
  t.is(lifecycleRefusal(g, msg(), ev({ messageEdited: { ...base('c'), text: 'new' } }), 'g'), 'not_sender');
  t.is(lifecycleRefusal(g, msg(), ev({ messageEdited: { ...base('admin'), text: 'new' } }), 'g'), 'not_sender');
  t.is(lifecycleRefusal(g, msg({ editUntilMs: 999 }), ev({ messageEdited: { ...base('b', 1000), text: 'new' } }), 'g'), 'edit_window');
  t.is(lifecycleRefusal(g, msg({ editUntilMs: 1000 }), ev({ messageEdited: { ...base('b', 1000), text: 'new' } }), 'g'), undefined);
  t.is(lifecycleRefusal(g, msg({ deleted: true }), ev({ messageEdited: { ...base('b'), text: 'new' } }), 'g'), 'deleted');
  t.is(lifecycleRefusal(g, msg(), ev({ messageEdited: { ...base('b'), text: '  ' } }), 'g'), 'bad_event');
  t.is(lifecycleRefusal(g, undefined, ev({ messageEdited: { ...base('b'), text: 'x' } }), 'g'), 'no_such_message');
  t.is(lifecycleRefusal(g, msg({ conversationId: 'other' }), ev({ messageEdited: { ...base('b'), text: 'x' } }), 'g'), 'no_such_message');
});

test('deleting for everyone: the sender within the window, an admin always, nobody twice', (t) => {
  const g = group();
  const del = (userId: string, atMs = 1000) => ev({ messageDeleted: base(userId, atMs) });
  t.is(lifecycleRefusal(g, msg(), del('b'), 'g'), undefined);
  t.is(lifecycleRefusal(g, msg({ deleteUntilMs: 500 }), del('b'), 'g'), 'delete_window');
  t.is(lifecycleRefusal(g, msg({ deleteUntilMs: 500 }), del('admin'), 'g'), undefined);
  t.is(lifecycleRefusal(g, msg(), del('c'), 'g'), 'not_allowed');
  t.is(lifecycleRefusal(g, msg({ deleted: true }), del('b'), 'g'), 'deleted');
  // A sender who left may no longer delete.
  const left = group();
  evolve(left, ev({ memberRemoved: { conversationId: 'g', byUserId: 'b', userId: 'b' } }), 6);
  t.is(lifecycleRefusal(left, msg(), del('b'), 'g'), 'not_member');
});

test('what a member could not read (before their join, history not shared) they cannot touch or reply to', (t) => {
  const g = group(false);
  evolve(g, ev({ membersAdded: { conversationId: 'g', byUserId: 'admin', userIds: ['late'] } }), 10);
  t.false(canSee(g, 'late', msg({ seq: 5 })));
  t.true(canSee(g, 'late', msg({ seq: 11 })));
  t.is(lifecycleRefusal(g, msg({ seq: 5 }), ev({ reactionAdded: { ...base('late'), emoji: '👍' } }), 'g'), 'no_such_message');
  t.is(lifecycleRefusal(g, msg({ seq: 5 }), ev({ messageHidden: base('late') }), 'g'), 'no_such_message');
  t.false(replyTarget(g, 'late', msg({ seq: 5 }), 'g'));
  t.true(replyTarget(g, 'late', msg({ seq: 11 }), 'g'));
  t.false(replyTarget(g, 'b', msg({ seq: 11, deleted: true }), 'g'));
  const shared = group(true);
  evolve(shared, ev({ membersAdded: { conversationId: 'g', byUserId: 'admin', userIds: ['late'] } }), 10);
  t.true(canSee(shared, 'late', msg({ seq: 5 })));
});

test('reactions: members, valid emoji, not on deleted messages', (t) => {
  const g = group();
  t.is(lifecycleRefusal(g, msg(), ev({ reactionAdded: { ...base('c'), emoji: '👍🏽' } }), 'g'), undefined);
  t.is(lifecycleRefusal(g, msg(), ev({ reactionRemoved: { ...base('c'), emoji: '❤️' } }), 'g'), undefined);
  t.is(lifecycleRefusal(g, msg(), ev({ reactionAdded: { ...base('stranger'), emoji: '👍' } }), 'g'), 'not_member');
  t.is(lifecycleRefusal(g, msg({ deleted: true }), ev({ reactionAdded: { ...base('c'), emoji: '👍' } }), 'g'), 'deleted');
  t.is(lifecycleRefusal(g, msg(), ev({ reactionAdded: { ...base('c'), emoji: 'a b' } }), 'g'), 'bad_event');
  t.true(validEmoji('👨‍👩‍👧‍👦'));
  t.false(validEmoji(''));
  t.false(validEmoji('x'.repeat(33)));
});

test('deadlines come from the window at send time; 0 means none', (t) => {
  t.is(deadline(1000, 0), 0);
  t.is(deadline(1000, 2), 3000);
});
