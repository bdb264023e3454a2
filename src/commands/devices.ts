// Device commands: revoke a device, register or remove its push token. Each appends one event
// to the user's subject of the USERS stream and waits for the users projection, so the
// caller's next read (and the next authentication of a revoked token) sees it.
import { encodeEvent } from '../shared/events.js';
import { ParleyError } from '../shared/errors.js';
import { pushKindToProto, type PushKindName } from '../shared/push-kind.js';
import { findDevice, type DeviceRow } from '../projections/users/queries.js';
import type { CommandContext } from './context.js';

async function existingDevice(ctx: CommandContext, userId: string, deviceId: string): Promise<DeviceRow> {
  const device = await findDevice(ctx.db, userId, deviceId);
  if (!device) throw new ParleyError('not_found', 'no such device');
  return device;
}

/**
 * Signs the device out for good. Once this returns its token no longer authenticates; the
 * users projector names it on `<prefix>.revoked` after the commit, and every gateway closes
 * its sockets.
 */
export async function revokeDevice(ctx: CommandContext, userId: string, deviceId: string, byDeviceId: string): Promise<void> {
  await existingDevice(ctx, userId, deviceId);
  const event = encodeEvent({ deviceRevoked: { userId, deviceId, byDeviceId, atMs: ctx.now() } });
  const ack = await ctx.js.publish(ctx.names.userSubject(userId), event);
  await ctx.progress.waitFor('users', ack.seq);
}

export interface PushTokenInput {
  kind: PushKindName;
  token: string;
}

/** Registers (or replaces) the device's push token; returns the device as the read model has it now. */
export async function setPushToken(ctx: CommandContext, userId: string, deviceId: string, input: PushTokenInput): Promise<DeviceRow> {
  await existingDevice(ctx, userId, deviceId);
  const event = encodeEvent({ pushTokenSet: { userId, deviceId, kind: pushKindToProto(input.kind), token: input.token, atMs: ctx.now() } });
  const ack = await ctx.js.publish(ctx.names.userSubject(userId), event);
  await ctx.progress.waitFor('users', ack.seq);
  return existingDevice(ctx, userId, deviceId);
}

/** The user removes the device's push token, whatever it is. */
export async function removePushToken(ctx: CommandContext, userId: string, deviceId: string): Promise<void> {
  await existingDevice(ctx, userId, deviceId);
  const event = encodeEvent({ pushTokenRemoved: { userId, deviceId, token: '', reason: 'user', atMs: ctx.now() } });
  const ack = await ctx.js.publish(ctx.names.userSubject(userId), event);
  await ctx.progress.waitFor('users', ack.seq);
}

/**
 * A provider called the token dead: the device stops getting pushes, unless it registered
 * another token since (the event names the dead one). Nobody reads it back, so no wait.
 */
export async function dropDeadPushToken(
  ctx: Pick<CommandContext, 'js' | 'names' | 'now'>,
  target: { userId: string; deviceId: string; token: string },
): Promise<void> {
  const { userId, deviceId, token } = target;
  const event = encodeEvent({ pushTokenRemoved: { userId, deviceId, token, reason: 'invalid_token', atMs: ctx.now() } });
  await ctx.js.publish(ctx.names.userSubject(userId), event);
}
