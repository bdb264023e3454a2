// Muting a conversation (no push notifications for it): members only.
import type { TemplatedApp } from 'uWebSockets.js';
import { z } from 'zod';
import { setMute } from '../../commands/mutes.js';
import { ParleyError } from '../../shared/errors.js';
import { assertId } from '../../shared/ids.js';
import { bearerToken } from '../authenticator.js';
import { route } from '../http.js';
import { parse } from '../validate.js';
import type { RouteDeps } from './deps.js';

const mute = z.object({ muted: z.boolean(), until_ms: z.number().int().positive().optional() });

export function muteRoutes(app: TemplatedApp, deps: RouteDeps): void {
  const { ctx, auth, membership, log } = deps;

  route(app, log, 'put', '/v1/conversations/:id/mute', async (req) => {
    const me = await auth.authenticate(bearerToken(req.authorization));
    const id = assertId(req.params[0], 'conversation id');
    const b = parse(mute, await req.json());
    const members = await membership.members(id);
    if (!members) throw new ParleyError('conversation_not_found', 'no such conversation');
    if (!members.has(me.userId)) throw new ParleyError('not_member', 'you are not a member of this conversation');
    if (b.muted && b.until_ms !== undefined && b.until_ms <= ctx.now()) throw new ParleyError('bad_request', 'until_ms: must be in the future');
    await setMute(ctx, me.userId, id, { muted: b.muted, ...(b.until_ms !== undefined ? { untilMs: b.until_ms } : {}) });
    const untilMs = b.muted ? (b.until_ms ?? null) : null;
    return { status: 200, body: { conversation_id: id, muted: b.muted, until_ms: untilMs } };
  });
}
