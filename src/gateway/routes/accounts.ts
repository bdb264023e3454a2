// Accounts: sign up, log in (a new device and its token), read, update and delete a user.
import type { TemplatedApp } from 'uWebSockets.js';
import { z } from 'zod';
import { deleteUser, loginUser, registerUser, updateUser } from '../../commands/users.js';
import { ParleyError } from '../../shared/errors.js';
import { assertId } from '../../shared/ids.js';
import { findUserById, findUserByUsername } from '../../projections/users/queries.js';
import { bearerToken } from '../authenticator.js';
import { route } from '../http.js';
import { parse } from '../validate.js';
import { userView } from '../views.js';
import type { RouteDeps } from './deps.js';

const username = z.string().regex(/^[A-Za-z0-9_]{3,32}$/, '3 to 32 letters, digits or underscores');
const password = z.string().min(8).max(256);
const displayName = z.string().trim().min(1).max(100);
const email = z.email().max(254);

const signUp = z.object({ username, password, display_name: displayName.optional(), email });
const login = z.object({ username: z.string().max(64), password: z.string().max(256), device_name: z.string().max(100).optional() });
const update = z
  .object({ display_name: displayName.optional(), email: email.optional(), password: password.optional(), hide_last_seen: z.boolean().optional() })
  .refine((v) => Object.values(v).some((x) => x !== undefined), 'nothing to update');

export function accountRoutes(app: TemplatedApp, deps: RouteDeps): void {
  const { ctx, auth, log } = deps;

  route(app, log, 'post', '/v1/users', async (req) => {
    const b = parse(signUp, await req.json());
    const user = await registerUser(ctx, { username: b.username, password: b.password, displayName: b.display_name ?? b.username, email: b.email });
    return { status: 201, body: userView(user, true) };
  });

  route(app, log, 'post', '/v1/sessions', async (req) => {
    const b = parse(login, await req.json());
    if (!deps.logins.allow(b.username)) throw new ParleyError('rate_limited', 'too many login attempts for this user; retry later');
    const { user, deviceId } = await loginUser(ctx, { username: b.username, password: b.password, deviceName: b.device_name ?? '' });
    const { token, expiresAtMs } = await auth.tokens.issue({ userId: user.user_id, deviceId }, ctx.now());
    return { status: 201, body: { token, user_id: user.user_id, device_id: deviceId, expires_at_ms: expiresAtMs } };
  });

  // Finding someone to talk to by their username (the web client's "new chat").
  route(app, log, 'get', '/v1/users', async (req) => {
    const me = await auth.authenticate(bearerToken(req.authorization));
    const name = req.query.get('username');
    if (!name) throw new ParleyError('bad_request', 'username is required');
    const user = await findUserByUsername(ctx.db, name);
    if (!user || user.deleted_at_ms !== null) throw new ParleyError('not_found', 'no such user');
    return { status: 200, body: userView(user, user.user_id === me.userId) };
  });

  route(app, log, 'get', '/v1/users/:id', async (req) => {
    const me = await auth.authenticate(bearerToken(req.authorization));
    const id = assertId(req.params[0], 'user id');
    const user = await findUserById(ctx.db, id);
    if (!user) throw new ParleyError('not_found', 'no such user');
    return { status: 200, body: userView(user, id === me.userId) };
  });

  route(app, log, 'put', '/v1/users/:id', async (req) => {
    const me = await auth.authenticate(bearerToken(req.authorization));
    const id = assertId(req.params[0], 'user id');
    if (id !== me.userId) throw new ParleyError('forbidden', 'you can only change your own account');
    const b = parse(update, await req.json());
    const user = await updateUser(ctx, id, {
      ...(b.display_name !== undefined ? { displayName: b.display_name } : {}),
      ...(b.email !== undefined ? { email: b.email } : {}),
      ...(b.password !== undefined ? { password: b.password } : {}),
      ...(b.hide_last_seen !== undefined ? { hideLastSeen: b.hide_last_seen } : {}),
    });
    return { status: 200, body: userView(user, true) };
  });

  route(app, log, 'del', '/v1/users/:id', async (req) => {
    const me = await auth.authenticate(bearerToken(req.authorization));
    const id = assertId(req.params[0], 'user id');
    if (id !== me.userId) throw new ParleyError('forbidden', 'you can only delete your own account');
    await deleteUser(ctx, id);
    return { status: 204 };
  });
}
