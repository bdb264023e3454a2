// Group commands: create, add and remove members (or leave), rename, change a member's role.
// Each is checked against the read model with the same rules the conversation projector
// folds the log with, published on the conversation's subject (ordered with its messages),
// and answered once the projection shows the result. If another change got in between and
// the fold refused this one, the answer is a conflict: nothing happened.
import { pb, encodeEvent, type IEvent } from '../shared/events.js';
import { ParleyError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import { Role, refusal, type Refusal } from '../shared/conversation-rules.js';
import { stateFromRows } from '../projections/conversations/state-cache.js';
import { findUsersByIds, getConversation, type ConversationView } from '../projections/conversations/queries.js';
import type { CommandContext } from './context.js';

export interface GroupSpec {
  name: string;
  memberIds: string[];
  shareHistory: boolean;
}

export async function createGroup(ctx: CommandContext, creatorId: string, spec: GroupSpec): Promise<ConversationView> {
  const name = spec.name.trim();
  if (name.length === 0) throw new ParleyError('bad_request', 'a group needs a name');
  const memberIds = [...new Set([creatorId, ...spec.memberIds])].sort();
  const limit = ctx.config.GROUP_MEMBER_LIMIT;
  if (memberIds.length > limit) throw new ParleyError('member_limit_exceeded', `a group has at most ${limit} members`);
  await assertUsersExist(ctx, memberIds.filter((id) => id !== creatorId));
  const conversationId = newId();
  const event = encodeEvent({
    conversationCreated: {
      conversationId,
      kind: pb.ConversationKind.CONVERSATION_KIND_GROUP,
      memberIds,
      adminIds: [creatorId],
      createdBy: creatorId,
      atMs: ctx.now(),
      name,
      memberLimit: limit,
      shareHistory: spec.shareHistory,
      copyLimit: ctx.config.FEED_COPY_LIMIT,
    },
  });
  const ack = await ctx.js.publish(ctx.names.convSubject(conversationId), event, { expect: { lastSubjectSequence: 0 } });
  await ctx.progress.waitFor('conversations', ack.seq);
  const conv = await getConversation(ctx.db, conversationId);
  if (!conv) throw new ParleyError('internal', 'the new group is not in the read model');
  return conv;
}

export async function addMembers(ctx: CommandContext, byUserId: string, conversationId: string, userIds: string[]): Promise<ConversationView> {
  const conv = await load(ctx, conversationId);
  const wanted = [...new Set(userIds)];
  const fresh = wanted.filter((id) => !conv.member_ids.includes(id));
  const event: IEvent = { membersAdded: { conversationId, byUserId, userIds: fresh.length > 0 ? fresh : wanted, atMs: ctx.now() } };
  check(conv, event);
  if (fresh.length === 0) return conv; // already members: nothing to record
  await assertUsersExist(ctx, fresh);
  return change(ctx, conv, event, (after) => fresh.every((id) => after.member_ids.includes(id)));
}

/** An admin removes a member, or a member removes themself (leaves). Resolves to the view after it. */
export async function removeMember(ctx: CommandContext, byUserId: string, conversationId: string, userId: string): Promise<ConversationView> {
  const conv = await load(ctx, conversationId);
  const event: IEvent = { memberRemoved: { conversationId, byUserId, userId, atMs: ctx.now() } };
  check(conv, event);
  return change(ctx, conv, event, (after) => !after.member_ids.includes(userId));
}

export async function renameGroup(ctx: CommandContext, byUserId: string, conversationId: string, rawName: string): Promise<ConversationView> {
  const name = rawName.trim();
  if (name.length === 0) throw new ParleyError('bad_request', 'a group needs a name');
  const conv = await load(ctx, conversationId);
  const event: IEvent = { conversationRenamed: { conversationId, byUserId, name, atMs: ctx.now() } };
  check(conv, event);
  if (conv.name === name) return conv;
  return change(ctx, conv, event, (after) => after.name === name);
}

export async function setMemberRole(
  ctx: CommandContext,
  byUserId: string,
  conversationId: string,
  userId: string,
  role: 'admin' | 'member',
): Promise<ConversationView> {
  const conv = await load(ctx, conversationId);
  const value = role === 'admin' ? Role.admin : Role.member;
  const event: IEvent = { memberRoleChanged: { conversationId, byUserId, userId, role: value, atMs: ctx.now() } };
  check(conv, event);
  if (conv.members.find((m) => m.user_id === userId)?.role === value) return conv;
  return change(ctx, conv, event, (after) => after.members.find((m) => m.user_id === userId)?.role === value);
}

async function load(ctx: CommandContext, conversationId: string): Promise<ConversationView> {
  const conv = await getConversation(ctx.db, conversationId);
  if (!conv) throw new ParleyError('conversation_not_found', 'no such conversation');
  return conv;
}

/** Throws the API error for what the fold would refuse in the read model's state. */
function check(conv: ConversationView, event: IEvent): void {
  const why = refusal(stateFromRows(conv, conv.members), pb.Event.fromObject(event));
  if (why !== undefined) throw refusalError(why, conv);
}

async function change(ctx: CommandContext, conv: ConversationView, event: IEvent, applied: (after: ConversationView) => boolean): Promise<ConversationView> {
  const ack = await ctx.js.publish(ctx.names.convSubject(conv.conversation_id), encodeEvent(event));
  await ctx.progress.waitFor('conversations', ack.seq);
  const after = await load(ctx, conv.conversation_id);
  if (!applied(after)) throw new ParleyError('conflict', 'the group changed at the same time; look at it again and retry');
  return after;
}

async function assertUsersExist(ctx: CommandContext, userIds: string[]): Promise<void> {
  const found = new Map((await findUsersByIds(ctx.db, userIds)).map((u) => [u.user_id, u]));
  const missing = userIds.find((id) => !found.get(id) || found.get(id)!.deleted);
  if (missing !== undefined) throw new ParleyError('not_found', `no user ${missing}`);
}

function refusalError(why: Refusal, conv: ConversationView): ParleyError {
  switch (why) {
    case 'not_group':
      return new ParleyError('bad_request', 'a direct conversation has fixed participants');
    case 'not_member':
      return new ParleyError('not_member', 'you are not a member of this conversation');
    case 'not_admin':
      return new ParleyError('forbidden', 'only an admin of the group may do this');
    case 'member_limit':
      return new ParleyError('member_limit_exceeded', `this group has at most ${conv.member_limit} members`);
    case 'no_such_member':
      return new ParleyError('not_found', 'that user is not a member of this group');
    case 'last_admin':
      return new ParleyError('last_admin', 'a group keeps at least one admin');
    case 'bad_event':
      return new ParleyError('bad_request', 'nothing to change');
  }
}

