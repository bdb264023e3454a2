// Conversation commands. A direct conversation's id is derived from its two members, and it
// is created with "expected last subject sequence 0", so however many times and from
// wherever two users open a chat, the log holds one ConversationCreated.
import { JetStreamApiError } from '@nats-io/jetstream';
import { pb, encodeEvent } from '../shared/events.js';
import { ParleyError } from '../shared/errors.js';
import { directConversationId } from '../shared/ids.js';
import { findUserById } from '../projections/users/queries.js';
import { getConversation, type ConversationView } from '../projections/conversations/queries.js';
import type { CommandContext } from './context.js';

export async function createDirectConversation(
  ctx: CommandContext,
  creatorId: string,
  otherId: string,
): Promise<{ conversation: ConversationView; created: boolean }> {
  if (otherId === creatorId) throw new ParleyError('bad_request', 'a direct conversation needs another user');
  const other = await findUserById(ctx.db, otherId);
  if (!other || other.deleted_at_ms !== null) throw new ParleyError('not_found', `no user ${otherId}`);
  const conversationId = directConversationId(creatorId, otherId);
  const event = encodeEvent({
    conversationCreated: {
      conversationId,
      kind: pb.ConversationKind.CONVERSATION_KIND_DIRECT,
      memberIds: [creatorId, otherId].sort(),
      createdBy: creatorId,
      atMs: ctx.now(),
      name: '',
    },
  });
  let created = true;
  let seq: number | undefined;
  try {
    const ack = await ctx.js.publish(ctx.names.convSubject(conversationId), event, { expect: { lastSubjectSequence: 0 } });
    seq = ack.seq;
  } catch (err) {
    if (!(err instanceof JetStreamApiError && (err.code === 10071 || err.code === 10164))) throw err;
    created = false;
  }
  if (seq !== undefined) await ctx.progress.waitFor('conversations', seq);
  let conversation = await getConversation(ctx.db, conversationId);
  if (!conversation) {
    // It exists in the log but the projection has not reached it yet.
    await waitForConversation(ctx, conversationId);
    conversation = await getConversation(ctx.db, conversationId);
  }
  if (!conversation) throw new ParleyError('unavailable', 'conversation read model is behind; retry');
  return { conversation, created };
}

async function waitForConversation(ctx: CommandContext, conversationId: string): Promise<void> {
  const msg = await ctx.jsm.direct.getMessage(ctx.names.convStream, { next_by_subj: ctx.names.convSubject(conversationId), seq: 1 });
  if (msg) await ctx.progress.waitFor('conversations', msg.seq);
}
