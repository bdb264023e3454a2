// Conversations and their messages over REST.
import type { TemplatedApp } from 'uWebSockets.js';
import { z } from 'zod';
import { createDirectConversation } from '../../commands/conversations.js';
import { addMembers, createGroup, removeMember, renameGroup, setMemberRole } from '../../commands/groups.js';
import { ParleyError } from '../../shared/errors.js';
import { assertId, newId } from '../../shared/ids.js';
import type { Principal } from '../tokens.js';
import {
  getConversation,
  getMessage,
  hiddenUpTo,
  listMessages,
  listUserConversations,
  messageReceipts,
  type ConversationView,
  type MessageRow,
} from '../../projections/conversations/queries.js';
import { bearerToken } from '../authenticator.js';
import { route } from '../http.js';
import { parse } from '../validate.js';
import { conversationView, kindName, messageView } from '../views.js';
import { messageViews } from '../message-extras.js';
import { hiddenFor } from '../../projections/conversations/lifecycle-queries.js';
import type { RouteDeps } from './deps.js';

const create = z.object({
  type: z.enum(['direct', 'group']).default('direct'),
  participant_ids: z.array(z.string()).min(1).max(1000).optional(),
  participants: z.array(z.string()).min(1).max(1000).optional(),
  name: z.string().max(200).optional(),
  share_history: z.boolean().default(false),
});
const addParticipants = z
  .object({ user_ids: z.array(z.string()).min(1).max(1000).optional(), user_id: z.string().optional() })
  .refine((b) => b.user_ids !== undefined || b.user_id !== undefined, { message: 'user_ids or user_id is required' });
const rename = z.object({ name: z.string().min(1).max(200) });
const roleChange = z.object({ role: z.enum(['admin', 'member']) });

const seqParam = z.coerce.number().int().min(0).optional();
const page = z.object({ before: seqParam, after: seqParam, limit: z.coerce.number().int().min(1).max(200).default(50) });
const post = z.object({
  text: z.string().default(''),
  client_msg_id: z.string().min(1).max(128).optional(),
  media_ids: z.array(z.string()).max(10).default([]),
  reply_to_message_id: z.string().optional(),
});

export function conversationRoutes(app: TemplatedApp, deps: RouteDeps): void {
  const { ctx, auth, sender, receipts, log } = deps;
  const principal = (authorization: string) => auth.authenticate(bearerToken(authorization));

  async function memberOf(me: Principal, rawId: string | undefined): Promise<ConversationView> {
    const id = assertId(rawId, 'conversation id');
    const conv = await getConversation(ctx.db, id);
    if (!conv) throw new ParleyError('conversation_not_found', 'no such conversation');
    if (!conv.member_ids.includes(me.userId)) throw new ParleyError('not_member', 'you are not a member of this conversation');
    return conv;
  }

  route(app, log, 'post', '/v1/conversations', async (req) => {
    const me = await principal(req.authorization);
    const b = parse(create, await req.json());
    if (b.type === 'group') {
      const memberIds = (b.participant_ids ?? b.participants ?? []).map((id) => assertId(id, 'participant id'));
      const conv = await createGroup(ctx, me.userId, { name: b.name ?? '', memberIds, shareHistory: b.share_history });
      return { status: 201, body: conversationView(conv) };
    }
    const others = [...new Set(b.participant_ids ?? b.participants ?? [])].filter((id) => id !== me.userId);
    if (others.length !== 1) throw new ParleyError('bad_request', 'a direct conversation has exactly one other participant');
    const otherId = assertId(others[0], 'participant id');
    const { conversation, created } = await createDirectConversation(ctx, me.userId, otherId);
    return { status: created ? 201 : 200, body: conversationView(conversation) };
  });

  route(app, log, 'get', '/v1/conversations/:id', async (req) => {
    const me = await principal(req.authorization);
    return { status: 200, body: conversationView(await memberOf(me, req.params[0])) };
  });

  route(app, log, 'patch', '/v1/conversations/:id', async (req) => {
    const me = await principal(req.authorization);
    const conv = await memberOf(me, req.params[0]);
    const b = parse(rename, await req.json());
    return { status: 200, body: conversationView(await renameGroup(ctx, me.userId, conv.conversation_id, b.name)) };
  });

  route(app, log, 'post', '/v1/conversations/:id/participants', async (req) => {
    const me = await principal(req.authorization);
    const conv = await memberOf(me, req.params[0]);
    const b = parse(addParticipants, await req.json());
    const ids = (b.user_ids ?? [b.user_id!]).map((id) => assertId(id, 'user id'));
    return { status: 200, body: conversationView(await addMembers(ctx, me.userId, conv.conversation_id, ids)) };
  });

  route(app, log, 'del', '/v1/conversations/:id/participants/:user', async (req) => {
    const me = await principal(req.authorization);
    const conv = await memberOf(me, req.params[0]);
    const userId = assertId(req.params[1], 'user id');
    const after = await removeMember(ctx, me.userId, conv.conversation_id, userId);
    // Someone who left may no longer see the group.
    return userId === me.userId ? { status: 204 } : { status: 200, body: conversationView(after) };
  });

  route(app, log, 'put', '/v1/conversations/:id/participants/:user', async (req) => {
    const me = await principal(req.authorization);
    const conv = await memberOf(me, req.params[0]);
    const userId = assertId(req.params[1], 'user id');
    const b = parse(roleChange, await req.json());
    return { status: 200, body: conversationView(await setMemberRole(ctx, me.userId, conv.conversation_id, userId, b.role)) };
  });

  route(app, log, 'get', '/v1/users/:id/conversations', async (req) => {
    const me = await principal(req.authorization);
    const id = assertId(req.params[0], 'user id');
    if (id !== me.userId) throw new ParleyError('forbidden', 'you can only list your own conversations');
    const list = await listUserConversations(ctx.db, id);
    return {
      status: 200,
      body: {
        conversations: list.map((c) => ({
          conversation_id: c.conversation_id,
          type: kindName(c.kind),
          name: c.name,
          member_ids: c.member_ids,
          created_at_ms: c.created_at_ms,
          unread_count: c.unread_count,
          read_seq: c.read_seq,
          last_message: c.last_message ? messageView(c.last_message) : null,
        })),
      },
    };
  });

  route(app, log, 'get', '/v1/conversations/:id/messages', async (req) => {
    const me = await principal(req.authorization);
    const conv = await memberOf(me, req.params[0]);
    const p = parse(page, Object.fromEntries(req.query));
    const wanted = {
      limit: p.limit,
      ...(p.before !== undefined ? { before: p.before } : {}),
      ...(p.after !== undefined ? { after: p.after } : {}),
    };
    const hidden = hiddenUpTo(conv, me.userId);
    const { messages, hasMore } = await listMessages(ctx.db, conv.conversation_id, wanted, hidden, me.userId);
    return { status: 200, body: { messages: await messageViews(ctx.db, messages, me.userId, hidden), has_more: hasMore } };
  });

  route(app, log, 'post', '/v1/conversations/:id/messages', async (req) => {
    const me = await principal(req.authorization);
    const conversationId = assertId(req.params[0], 'conversation id');
    const b = parse(post, await req.json());
    if (!deps.limits.allowUser(me.userId, 'send')) throw new ParleyError('rate_limited', 'too many messages; retry later');
    const sent = await sender.send({
      userId: me.userId,
      deviceId: me.deviceId,
      conversationId,
      clientMsgId: b.client_msg_id ?? newId(),
      text: b.text,
      mediaIds: b.media_ids,
      // REST clients repeat a request by posting it again: always check for the original.
      retry: true,
      ...(b.reply_to_message_id ? { replyToMessageId: b.reply_to_message_id } : {}),
    });
    return {
      status: 201,
      body: {
        conversation_id: sent.conversationId,
        client_msg_id: sent.clientMsgId,
        message_id: sent.messageId,
        seq: sent.seq,
        sent_at_ms: sent.sentAtMs,
      },
    };
  }, 1024 * 1024);

  /** The message and its conversation, if the caller may see it (else not_found). */
  async function visibleMessage(me: Principal, rawId: string | undefined): Promise<{ msg: MessageRow; conv: ConversationView }> {
    const id = assertId(rawId, 'message id');
    const msg = await getMessage(ctx.db, id);
    // Deleted for everyone, or by the caller for themself: gone from their history.
    if (!msg || msg.deleted_at_ms !== null || (await hiddenFor(ctx.db, me.userId, msg.message_id))) throw new ParleyError('not_found', 'no such message');
    const conv = await memberOf(me, msg.conversation_id).catch((err: unknown) => {
      // Do not reveal that a message exists to someone outside its conversation.
      throw err instanceof ParleyError && err.code === 'not_member' ? new ParleyError('not_found', 'no such message') : err;
    });
    if (msg.seq <= hiddenUpTo(conv, me.userId)) throw new ParleyError('not_found', 'no such message');
    return { msg, conv };
  }

  route(app, log, 'get', '/v1/messages/:id', async (req) => {
    const me = await principal(req.authorization);
    const { msg, conv } = await visibleMessage(me, req.params[0]);
    const [view] = await messageViews(ctx.db, [msg], me.userId, hiddenUpTo(conv, me.userId));
    return { status: 200, body: view };
  });

  route(app, log, 'get', '/v1/messages/:id/read_receipts', async (req) => {
    const me = await principal(req.authorization);
    const { msg } = await visibleMessage(me, req.params[0]);
    const rows = await messageReceipts(ctx.db, msg.conversation_id, Number(msg.seq), msg.sender_id);
    const delivered = rows.filter((r) => r.delivered_at_ms !== null).length;
    const read = rows.filter((r) => r.read_at_ms !== null).length;
    return {
      status: 200,
      body: {
        message_id: msg.message_id,
        conversation_id: msg.conversation_id,
        seq: Number(msg.seq),
        status: rows.length > 0 && read === rows.length ? 'read' : rows.length > 0 && delivered === rows.length ? 'delivered' : 'sent',
        recipient_count: rows.length,
        delivered_count: delivered,
        read_count: read,
        receipts: rows,
      },
    };
  });

  // The REST twin of MarkRead: the caller has read the conversation up to this message.
  route(app, log, 'post', '/v1/messages/:id/read_receipts', async (req) => {
    const me = await principal(req.authorization);
    const { msg } = await visibleMessage(me, req.params[0]);
    if (!deps.limits.allowUser(me.userId, 'markRead')) throw new ParleyError('rate_limited', 'too many read marks; retry later');
    const seq = await receipts.markRead({ userId: me.userId, deviceId: me.deviceId, conversationId: msg.conversation_id, upToSeq: Number(msg.seq) });
    await ctx.progress.waitFor('conversations', seq);
    return { status: 200, body: { conversation_id: msg.conversation_id, read_up_to_seq: Number(msg.seq) } };
  });
}
