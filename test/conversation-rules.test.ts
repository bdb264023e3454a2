// The membership fold, without any service: given events, then state.
import test from 'ava';
import { pb, type ConversationCreated, type IEvent } from '../src/shared/events.js';
import { Kind, Role, created, evolve, isLarge, refusal, type ConversationState } from '../src/shared/conversation-rules.js';

const ev = (e: IEvent) => pb.Event.fromObject(e);

function groupOf(admin: string, members: string[], limit = 4): ConversationState {
  const e = pb.ConversationCreated.fromObject({
    conversationId: 'g',
    kind: Kind.group,
    memberIds: [admin, ...members],
    adminIds: [admin],
    createdBy: admin,
    memberLimit: limit,
  }) as ConversationCreated;
  return created(e, 'g', 1)!;
}

test('a group starts with its creator as admin; a direct conversation needs exactly two', (t) => {
  const g = groupOf('a', ['b']);
  t.is(g.members.get('a')!.role, Role.admin);
  t.is(g.members.get('b')!.role, Role.member);
  t.deepEqual(g.ids, ['a', 'b']);
  const three = pb.ConversationCreated.fromObject({ conversationId: 'd', kind: Kind.direct, memberIds: ['a', 'b', 'c'] }) as ConversationCreated;
  t.is(created(three, 'd', 1), undefined);
  const overLimit = pb.ConversationCreated.fromObject({ conversationId: 'g', kind: Kind.group, memberIds: ['a', 'b', 'c'], createdBy: 'a', memberLimit: 2 });
  t.is(created(overLimit as ConversationCreated, 'g', 1), undefined);
});

test('additions: admins only, over the limit refused whole, existing members skipped', (t) => {
  const g = groupOf('a', ['b']);
  t.is(refusal(g, ev({ membersAdded: { byUserId: 'b', userIds: ['c'] } })), 'not_admin');
  t.is(refusal(g, ev({ membersAdded: { byUserId: 'x', userIds: ['c'] } })), 'not_member');
  t.is(evolve(g, ev({ membersAdded: { byUserId: 'a', userIds: ['c', 'd', 'e'] } }), 5), undefined);
  t.deepEqual(g.ids, ['a', 'b'], 'a refused event leaves the state alone');
  const out = evolve(g, ev({ membersAdded: { byUserId: 'a', userIds: ['b', 'c', 'd'] } }), 5)!;
  t.deepEqual(out.changes.map((c) => c.userId), ['c', 'd']);
  t.deepEqual(out.recipients, ['a', 'b', 'c', 'd']);
  t.is(g.members.get('c')!.joinedSeq, 5);
});

test('removal reaches the removed member once more; the last admin leaving hands over to the longest-standing member', (t) => {
  const g = groupOf('a', ['c']);
  evolve(g, ev({ membersAdded: { byUserId: 'a', userIds: ['b'] } }), 3);
  t.is(refusal(g, ev({ memberRemoved: { byUserId: 'c', userId: 'b' } })), 'not_admin');
  const left = evolve(g, ev({ memberRemoved: { byUserId: 'a', userId: 'a' } }), 7)!;
  t.deepEqual(left.recipients, ['a', 'b', 'c']);
  t.is(g.members.get('c')!.role, Role.admin, 'c joined at 1, b at 3');
  t.is(g.members.get('b')!.role, Role.member);
  t.is(refusal(g, ev({ memberRemoved: { byUserId: 'c', userId: 'a' } })), 'no_such_member');
});

test('roles and names: admins only, and never without an admin', (t) => {
  const g = groupOf('a', ['b']);
  t.is(refusal(g, ev({ memberRoleChanged: { byUserId: 'a', userId: 'a', role: Role.member } })), 'last_admin');
  t.truthy(evolve(g, ev({ memberRoleChanged: { byUserId: 'a', userId: 'b', role: Role.admin } }), 2));
  t.truthy(evolve(g, ev({ memberRoleChanged: { byUserId: 'b', userId: 'a', role: Role.member } }), 3));
  t.is(refusal(g, ev({ conversationRenamed: { byUserId: 'a', name: 'x' } })), 'not_admin');
  t.is(evolve(g, ev({ conversationRenamed: { byUserId: 'b', name: 'x' } }), 4)!.rename, 'x');
  const direct = created(pb.ConversationCreated.fromObject({ conversationId: 'd', kind: Kind.direct, memberIds: ['a', 'b'] }) as ConversationCreated, 'd', 1)!;
  t.is(refusal(direct, ev({ membersAdded: { byUserId: 'a', userIds: ['c'] } })), 'not_group');
});

test('a group becomes large where it first passes its copy limit, and stays large', (t) => {
  const e = pb.ConversationCreated.fromObject({ conversationId: 'g', kind: Kind.group, memberIds: ['a', 'b'], adminIds: ['a'], createdBy: 'a', memberLimit: 10, copyLimit: 2 });
  const g = created(e as ConversationCreated, 'g', 1)!;
  t.false(isLarge(g));
  evolve(g, ev({ membersAdded: { byUserId: 'a', userIds: ['c'] } }), 4);
  t.is(g.largeSince, 4);
  evolve(g, ev({ memberRemoved: { byUserId: 'a', userId: 'c' } }), 6);
  t.true(isLarge(g));
  t.is(g.largeSince, 4);
});
