// Account commands: each validates against the read model where it must, appends one event
// to the USERS stream, and waits for the users projection so the caller reads its write.
import { JetStreamApiError } from '@nats-io/jetstream';
import { encodeEvent } from '../shared/events.js';
import { ParleyError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import { findUserById, findUserByUsername, type UserRow } from '../projections/users/queries.js';
import type { CommandContext } from './context.js';
import { hashPassword, verifyPassword } from './passwords.js';

export interface SignUp {
  username: string;
  password: string;
  displayName: string;
  email: string;
}

export async function registerUser(ctx: CommandContext, input: SignUp): Promise<UserRow> {
  const username = input.username.toLowerCase();
  const passwordHash = await hashPassword(input.password, ctx.config.ARGON2_MEMORY_KIB);
  const userId = newId();
  const atMs = ctx.now();
  const event = encodeEvent({
    userRegistered: { userId, username, displayName: input.displayName, email: input.email, passwordHash, atMs },
  });
  let seq: number;
  try {
    // The username's subject is empty only if nobody has ever registered it: the log decides.
    const ack = await ctx.js.publish(ctx.names.usernameSubject(username), event, { expect: { lastSubjectSequence: 0 } });
    seq = ack.seq;
  } catch (err) {
    if (err instanceof JetStreamApiError && (err.code === 10071 || err.code === 10164)) {
      throw new ParleyError('username_taken', `username ${username} is taken`);
    }
    throw err;
  }
  await ctx.progress.waitFor('users', seq);
  const row = await findUserById(ctx.db, userId);
  if (!row) throw new ParleyError('internal', 'registered user is missing from the read model');
  return row;
}

export interface Login {
  username: string;
  password: string;
  deviceName: string;
}

/** Checks the password and creates a device; the caller issues the device's token. */
export async function loginUser(ctx: CommandContext, input: Login): Promise<{ user: UserRow; deviceId: string }> {
  const user = await findUserByUsername(ctx.db, input.username.toLowerCase());
  const live = user && user.deleted_at_ms === null ? user : undefined;
  const ok = await verifyPassword(live?.password_hash, input.password);
  if (!live || !ok) throw new ParleyError('unauthenticated', 'wrong username or password');
  const deviceId = newId();
  const event = encodeEvent({ deviceAdded: { userId: live.user_id, deviceId, name: input.deviceName, atMs: ctx.now() } });
  const ack = await ctx.js.publish(ctx.names.userSubject(live.user_id), event);
  await ctx.progress.waitFor('users', ack.seq);
  return { user: live, deviceId };
}

export interface ProfileUpdate {
  displayName?: string;
  email?: string;
  password?: string;
  hideLastSeen?: boolean;
}

export async function updateUser(ctx: CommandContext, userId: string, input: ProfileUpdate): Promise<UserRow> {
  const passwordHash = input.password === undefined ? undefined : await hashPassword(input.password, ctx.config.ARGON2_MEMORY_KIB);
  const event = encodeEvent({
    userUpdated: {
      userId,
      ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
      ...(input.email !== undefined ? { email: input.email } : {}),
      ...(passwordHash !== undefined ? { passwordHash } : {}),
      ...(input.hideLastSeen !== undefined ? { hideLastSeen: input.hideLastSeen } : {}),
      atMs: ctx.now(),
    },
  });
  const ack = await ctx.js.publish(ctx.names.userSubject(userId), event);
  await ctx.progress.waitFor('users', ack.seq);
  const row = await findUserById(ctx.db, userId);
  if (!row) throw new ParleyError('not_found', 'no such user');
  return row;
}

export async function deleteUser(ctx: CommandContext, userId: string): Promise<void> {
  const ack = await ctx.js.publish(ctx.names.userSubject(userId), encodeEvent({ userDeleted: { userId, atMs: ctx.now() } }));
  await ctx.progress.waitFor('users', ack.seq);
}
