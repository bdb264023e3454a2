// The message lifecycle over REST: edit, delete (for everyone or for oneself), reactions,
// threads and search. The WebSocket twins are EditMessage, DeleteMessage and React.
import type { TemplatedApp } from 'uWebSockets.js';
import { z } from 'zod';
import { ParleyError } from '../../shared/errors.js';
import { assertId } from '../../shared/ids.js';
import { getConversation, getMessage, hiddenUpTo, type ConversationView, type MessageRow } from '../../projections/conversations/queries.js';
import { everMember, hiddenFor, listThread, reactionsOf, searchMessages } from '../../projections/conversations/lifecycle-queries.js';
import type { Applied } from '../../commands/message-actions.js';
import type { Principal } from '../tokens.js';
import { bearerToken } from '../authenticator.js';
import { route } from '../http.js';
import { parse } from '../validate.js';
import { messageViews } from '../message-extras.js';
import { messageView } from '../views.js';
import type { RouteDeps } from './deps.js';

const edit = z.object({ text: z.string() });
const react = z.object({ emoji: z.string() });
const scope = z.object({ for: z.enum(['me', 'everyone']).default('me') });
const seqParam = z.coerce.number().int().min(0).optional();
const threadPage = z.object({ after: seqParam, limit: z.coerce.number().int().min(1).max(200).default(50) });
const search = z.object({
  q: z.string().trim().min(1).max(500),
  conversation_id: z.string().optional(),
  before: seqParam,
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export function messageRoutes(app: TemplatedApp, deps: RouteDeps): void {
  const { ctx, auth, actions, log } = deps;
  const principal = (authorization: string) => auth.authenticate(bearerToken(authorization));

  /** The message and its conversation, if the caller may read it now (else not_found). */
  async function readable(me: Principal, rawId: string | undefined): Promise<{ msg: MessageRow; conv: ConversationView }> {
    const id = assertId(rawId, 'message id');
    const msg = await getMessage(ctx.db, id);
    const conv = msg && (await getConversation(ctx.db, msg.conversation_id));
    if (!msg || !conv || !conv.member_ids.includes(me.userId) || msg.deleted_at_ms !== null) throw new ParleyError('not_found', 'no such message');
    if (msg.seq <= hiddenUpTo(conv, me.userId) || (await hiddenFor(ctx.db, me.userId, msg.message_id))) throw new ParleyError('not_found', 'no such message');
    return { msg, conv };
  }

  async function current(me: Principal, applied: Applied): Promise<Record<string, unknown>> {
    const { msg, conv } = await readable(me, applied.messageId);
    const [view] = await messageViews(ctx.db, [msg], me.userId, hiddenUpTo(conv, me.userId));
    return { ...view, applied_seq: applied.seq };
  }

  route(app, log, 'patch', '/v1/messages/:id', async (req) => {
    const me = await principal(req.authorization);
    const b = parse(edit, await req.json());
    const applied = await actions.edit({ userId: me.userId, deviceId: me.deviceId, messageId: assertId(req.params[0], 'message id'), text: b.text });
    return { status: 200, body: await current(me, applied) };
  }, 1024 * 1024);

  // ?for=everyone deletes for every member (the sender within DELETE_WINDOW_S, or a group
  // admin); the default, ?for=me, hides it from the caller's history and devices only.
  route(app, log, 'del', '/v1/messages/:id', async (req) => {
    const me = await principal(req.authorization);
    const q = parse(scope, Object.fromEntries(req.query));
    const applied = await actions.delete({ userId: me.userId, deviceId: me.deviceId, messageId: assertId(req.params[0], 'message id'), forEveryone: q.for === 'everyone' });
    return { status: 200, body: { conversation_id: applied.conversationId, message_id: applied.messageId, seq: applied.seq, for: q.for } };
  });

  route(app, log, 'get', '/v1/messages/:id/reactions', async (req) => {
    const me = await principal(req.authorization);
    const { msg } = await readable(me, req.params[0]);
    return { status: 200, body: { message_id: msg.message_id, reactions: (await reactionsOf(ctx.db, [msg.message_id])).get(msg.message_id) ?? [] } };
  });

  route(app, log, 'post', '/v1/messages/:id/reactions', async (req) => {
    const me = await principal(req.authorization);
    const b = parse(react, await req.json());
    const applied = await actions.react({ userId: me.userId, deviceId: me.deviceId, messageId: assertId(req.params[0], 'message id'), emoji: b.emoji, remove: false });
    return { status: 200, body: await reactionsBody(applied) };
  });

  route(app, log, 'del', '/v1/messages/:id/reactions/:emoji', async (req) => {
    const me = await principal(req.authorization);
    const applied = await actions.react({ userId: me.userId, deviceId: me.deviceId, messageId: assertId(req.params[0], 'message id'), emoji: req.params[1] ?? '', remove: true });
    return { status: 200, body: await reactionsBody(applied) };
  });

  async function reactionsBody(applied: Applied): Promise<Record<string, unknown>> {
    const reactions = (await reactionsOf(ctx.db, [applied.messageId])).get(applied.messageId) ?? [];
    return { message_id: applied.messageId, conversation_id: applied.conversationId, seq: applied.seq, reactions };
  }

  // The replies to a message, oldest first, paged with after=<seq>.
  route(app, log, 'get', '/v1/messages/:id/thread', async (req) => {
    const me = await principal(req.authorization);
    const { msg, conv } = await readable(me, req.params[0]);
    const p = parse(threadPage, Object.fromEntries(req.query));
    const hidden = hiddenUpTo(conv, me.userId);
    const { messages, hasMore } = await listThread(ctx.db, msg.message_id, { limit: p.limit, ...(p.after !== undefined ? { after: p.after } : {}) }, hidden, me.userId);
    const [root, ...replies] = await messageViews(ctx.db, [msg, ...messages], me.userId, hidden);
    return { status: 200, body: { root, messages: replies, has_more: hasMore } };
  });

  // Full-text search over what the caller may read, newest first; the next page is
  // before=<the last result's seq>.
  route(app, log, 'get', '/v1/search', async (req) => {
    const me = await principal(req.authorization);
    const p = parse(search, Object.fromEntries(req.query));
    const conversationId = p.conversation_id !== undefined ? assertId(p.conversation_id, 'conversation id') : undefined;
    if (conversationId !== undefined) {
      const conv = await getConversation(ctx.db, conversationId);
      if (!conv) throw new ParleyError('conversation_not_found', 'no such conversation');
      if (!(await everMember(ctx.db, conversationId, me.userId))) throw new ParleyError('not_member', 'you are not a member of this conversation');
    }
    const { messages, hasMore } = await searchMessages(ctx.db, {
      userId: me.userId,
      text: p.q,
      limit: p.limit,
      ...(conversationId !== undefined ? { conversationId } : {}),
      ...(p.before !== undefined ? { before: p.before } : {}),
    });
    const last = messages[messages.length - 1];
    return {
      status: 200,
      body: {
        // Plain views: a quote's visibility depends on each conversation's rules.
        messages: messages.map((m) => messageView(m)),
        has_more: hasMore,
        next_before: hasMore && last ? Number(last.seq) : null,
      },
    };
  });
}
