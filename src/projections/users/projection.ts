// Folds the USERS stream into the users and devices tables.
import type { Kysely } from 'kysely';
import type { Database } from '../../shared/db.js';
import type { DeviceAdded, UserDeleted, UserRegistered, UserUpdated } from '../../shared/events.js';
import type { Names } from '../../shared/names.js';
import type { Projection, StoredEvent } from '../runner.js';

export function usersProjection(names: Names): Projection {
  return {
    name: 'users',
    stream: names.usersStream,
    filter: `${names.prefix}.>`,
    async apply(tx: Kysely<Database>, batch: StoredEvent[]) {
      for (const { event } of batch) {
        const body = event.body;
        if (body === 'userRegistered' && event.userRegistered) {
          const e = event.userRegistered as UserRegistered;
          await tx
            .insertInto('users')
            .values({
              user_id: e.userId,
              username: e.username,
              display_name: e.displayName,
              email: e.email,
              password_hash: e.passwordHash,
              created_at_ms: e.atMs,
              updated_at_ms: e.atMs,
              deleted_at_ms: null,
              hide_last_seen: false,
            })
            .onConflict((oc) => oc.doNothing())
            .execute();
        } else if (body === 'userUpdated' && event.userUpdated) {
          const e = event.userUpdated as UserUpdated;
          await tx
            .updateTable('users')
            .set({
              ...(e.displayName != null ? { display_name: e.displayName } : {}),
              ...(e.email != null ? { email: e.email } : {}),
              ...(e.passwordHash != null ? { password_hash: e.passwordHash } : {}),
              ...(e.hideLastSeen != null ? { hide_last_seen: e.hideLastSeen } : {}),
              updated_at_ms: e.atMs,
            })
            .where('user_id', '=', e.userId)
            .where('deleted_at_ms', 'is', null)
            .execute();
        } else if (body === 'userDeleted' && event.userDeleted) {
          const e = event.userDeleted as UserDeleted;
          // The username stays reserved; personal data leaves the read model.
          await tx
            .updateTable('users')
            .set({ display_name: '', email: '', password_hash: '', deleted_at_ms: e.atMs, updated_at_ms: e.atMs })
            .where('user_id', '=', e.userId)
            .execute();
          await tx.deleteFrom('devices').where('user_id', '=', e.userId).execute();
        } else if (body === 'deviceAdded' && event.deviceAdded) {
          const e = event.deviceAdded as DeviceAdded;
          await tx
            .insertInto('devices')
            .values({ device_id: e.deviceId, user_id: e.userId, name: e.name, created_at_ms: e.atMs })
            .onConflict((oc) => oc.doNothing())
            .execute();
        }
      }
    },
  };
}
