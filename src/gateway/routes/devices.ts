// A user's devices: list them (with last activity and whether they get pushes), revoke one,
// register or remove its push token. Only the user themself may see or change them.
import type { TemplatedApp } from 'uWebSockets.js';
import { z } from 'zod';
import { removePushToken, revokeDevice, setPushToken } from '../../commands/devices.js';
import { ParleyError } from '../../shared/errors.js';
import { assertId } from '../../shared/ids.js';
import { PUSH_KINDS } from '../../shared/push-kind.js';
import { listDevices } from '../../projections/users/queries.js';
import { bearerToken } from '../authenticator.js';
import { route } from '../http.js';
import type { Principal } from '../tokens.js';
import { parse } from '../validate.js';
import { deviceView } from '../views.js';
import type { RouteDeps } from './deps.js';

// APNs device tokens are hex (32 bytes today); the others are opaque. None has whitespace.
const pushToken = z
  .object({ kind: z.enum(PUSH_KINDS), token: z.string().min(1).max(4096).regex(/^\S+$/, 'no whitespace') })
  .refine((b) => b.kind !== 'apns' || /^(?:[0-9a-fA-F]{2}){32,100}$/.test(b.token), { message: 'an APNs token is hex', path: ['token'] });

export function deviceRoutes(app: TemplatedApp, deps: RouteDeps): void {
  const { ctx, auth, presence, log } = deps;

  /** The caller, who must be the user of the path. */
  async function owner(authorization: string, rawId: string | undefined): Promise<Principal> {
    const me = await auth.authenticate(bearerToken(authorization));
    const id = assertId(rawId, 'user id');
    if (id !== me.userId) throw new ParleyError('forbidden', 'you can only see and change your own devices');
    return me;
  }

  route(app, log, 'get', '/v1/users/:id/devices', async (req) => {
    const me = await owner(req.authorization, req.params[0]);
    const [devices, active] = await Promise.all([
      listDevices(ctx.db, me.userId),
      // Last activity is a nicety: without Redis the list still answers, without it.
      presence.lastActive(me.userId).catch((err: unknown) => {
        log.warn({ err }, 'reading device activity failed');
        return new Map<string, number>();
      }),
    ]);
    return { status: 200, body: { devices: devices.map((d) => deviceView(d, active.get(d.device_id), d.device_id === me.deviceId)) } };
  });

  route(app, log, 'del', '/v1/users/:id/devices/:device_id', async (req) => {
    const me = await owner(req.authorization, req.params[0]);
    const deviceId = assertId(req.params[1], 'device id');
    await revokeDevice(ctx, me.userId, deviceId, me.deviceId);
    return { status: 204 };
  });

  route(app, log, 'put', '/v1/users/:id/devices/:device_id/push', async (req) => {
    const me = await owner(req.authorization, req.params[0]);
    const deviceId = assertId(req.params[1], 'device id');
    const b = parse(pushToken, await req.json());
    const device = await setPushToken(ctx, me.userId, deviceId, { kind: b.kind, token: b.token });
    const active = await presence.lastActive(me.userId).catch(() => new Map<string, number>());
    return { status: 200, body: deviceView(device, active.get(deviceId), deviceId === me.deviceId) };
  });

  route(app, log, 'del', '/v1/users/:id/devices/:device_id/push', async (req) => {
    const me = await owner(req.authorization, req.params[0]);
    const deviceId = assertId(req.params[1], 'device id');
    await removePushToken(ctx, me.userId, deviceId);
    return { status: 204 };
  });
}
