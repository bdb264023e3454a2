// Folds the USERS stream into the users, devices and conversation_mutes tables. Devices that
// a batch removed (revoked, or their user deleted) are named after the commit, so every
// gateway closes their sockets once their tokens no longer authenticate.
import type { Kysely } from 'kysely';
import type { Database } from '../../shared/db.js';
import type {
  ConversationMuteSet,
  DeviceAdded,
  DeviceRevoked,
  PushTokenRemoved,
  PushTokenSet,
  UserDeleted,
  UserRegistered,
  UserUpdated,
} from '../../shared/events.js';
import type { Names } from '../../shared/names.js';
import { pushKindName } from '../../shared/push-kind.js';
import type { Projection, StoredEvent } from '../runner.js';
import { pgText } from '../../shared/pg-text.js';

export function usersProjection(names: Names, onDevicesRemoved?: (deviceIds: string[]) => void): Projection {
  let removed: string[] = [];
  return {
    name: 'users',
    stream: names.usersStream,
    filter: `${names.prefix}.>`,
    reset() {
      removed = [];
    },
    afterCommit() {
      if (removed.length > 0) onDevicesRemoved?.(removed);
      removed = [];
    },
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
              display_name: pgText(e.displayName),
              email: pgText(e.email),
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
              ...(e.displayName != null ? { display_name: pgText(e.displayName) } : {}),
              ...(e.email != null ? { email: pgText(e.email) } : {}),
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
          const gone = await tx.deleteFrom('devices').where('user_id', '=', e.userId).returning('device_id').execute();
          for (const d of gone) removed.push(d.device_id);
          await tx.deleteFrom('conversation_mutes').where('user_id', '=', e.userId).execute();
        } else if (body === 'deviceAdded' && event.deviceAdded) {
          const e = event.deviceAdded as DeviceAdded;
          await tx
            .insertInto('devices')
            .values({ device_id: e.deviceId, user_id: e.userId, name: pgText(e.name), created_at_ms: e.atMs, push_kind: null, push_token: null, push_set_at_ms: null })
            .onConflict((oc) => oc.doNothing())
            .execute();
        } else if (body === 'deviceRevoked' && event.deviceRevoked) {
          const e = event.deviceRevoked as DeviceRevoked;
          // Its push token goes with the row.
          const gone = await tx.deleteFrom('devices').where('device_id', '=', e.deviceId).where('user_id', '=', e.userId).returning('device_id').execute();
          for (const d of gone) removed.push(d.device_id);
        } else if (body === 'pushTokenSet' && event.pushTokenSet) {
          await setPushToken(tx, event.pushTokenSet as PushTokenSet);
        } else if (body === 'pushTokenRemoved' && event.pushTokenRemoved) {
          const e = event.pushTokenRemoved as PushTokenRemoved;
          let q = tx
            .updateTable('devices')
            .set({ push_kind: null, push_token: null, push_set_at_ms: null })
            .where('device_id', '=', e.deviceId)
            .where('user_id', '=', e.userId);
          // A dead token named by the notifier must not take a newer one with it.
          if (e.token !== '') q = q.where('push_token', '=', e.token);
          await q.execute();
        } else if (body === 'conversationMuteSet' && event.conversationMuteSet) {
          const e = event.conversationMuteSet as ConversationMuteSet;
          if (!e.muted) {
            await tx.deleteFrom('conversation_mutes').where('user_id', '=', e.userId).where('conversation_id', '=', e.conversationId).execute();
            continue;
          }
          const row = { user_id: e.userId, conversation_id: e.conversationId, until_ms: e.untilMs > 0 ? e.untilMs : null, at_ms: e.atMs };
          await tx
            .insertInto('conversation_mutes')
            .values(row)
            .onConflict((oc) => oc.columns(['user_id', 'conversation_id']).doUpdateSet({ until_ms: row.until_ms, at_ms: row.at_ms }))
            .execute();
        }
      }
    },
  };
}

/**
 * A token belongs to one device: it is taken from whichever device had it (the same app
 * install signed in again, perhaps as someone else, who must not get this user's pushes),
 * then given to this one (in that order: the token is unique). An unknown kind (a newer
 * writer) is ignored, and so is a device revoked in the meantime.
 */
async function setPushToken(tx: Kysely<Database>, e: PushTokenSet): Promise<void> {
  const kind = pushKindName(e.kind);
  if (kind === undefined || e.token === '') return;
  const device = await tx.selectFrom('devices').select('device_id').where('device_id', '=', e.deviceId).where('user_id', '=', e.userId).executeTakeFirst();
  if (!device) return; // revoked in the meantime
  await tx
    .updateTable('devices')
    .set({ push_kind: null, push_token: null, push_set_at_ms: null })
    .where('push_kind', '=', kind)
    .where('push_token', '=', e.token)
    .where('device_id', '<>', e.deviceId)
    .execute();
  await tx
    .updateTable('devices')
    .set({ push_kind: kind, push_token: pgText(e.token), push_set_at_ms: e.atMs })
    .where('device_id', '=', e.deviceId)
    .where('user_id', '=', e.userId)
    .execute();
}
