import type { Db } from '../../shared/db.js';
import type { DevicesTable, UsersTable } from './tables.js';

export type UserRow = UsersTable;

export async function findUserById(db: Db, userId: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

export async function findUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function deviceExists(db: Db, userId: string, deviceId: string): Promise<boolean> {
  const row = await db
    .selectFrom('devices')
    .select('device_id')
    .where('device_id', '=', deviceId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

export type DeviceRow = DevicesTable;

/** A user's devices, oldest first. */
export async function listDevices(db: Db, userId: string): Promise<DeviceRow[]> {
  return db.selectFrom('devices').selectAll().where('user_id', '=', userId).orderBy('created_at_ms').orderBy('device_id').execute();
}

export async function findDevice(db: Db, userId: string, deviceId: string): Promise<DeviceRow | undefined> {
  return db.selectFrom('devices').selectAll().where('device_id', '=', deviceId).where('user_id', '=', userId).executeTakeFirst();
}

export interface PushTokenRow {
  user_id: string;
  device_id: string;
  push_kind: string;
  push_token: string;
}

/** The registered push tokens of these users' devices. */
export async function pushTokensOf(db: Db, userIds: readonly string[]): Promise<PushTokenRow[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .selectFrom('devices')
    .select(['user_id', 'device_id', 'push_kind', 'push_token'])
    .where('user_id', 'in', [...userIds])
    .where('push_token', 'is not', null)
    .orderBy('device_id')
    .execute();
  return rows.flatMap((r) => (r.push_kind !== null && r.push_token !== null ? [{ ...r, push_kind: r.push_kind, push_token: r.push_token }] : []));
}
