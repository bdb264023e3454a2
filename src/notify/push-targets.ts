// A user's push targets, from the devices' registered tokens.
import type { PushTokenRow } from '../projections/users/queries.js';
import type { PushTarget } from '../push/index.js';
import { PUSH_KINDS } from '../shared/push-kind.js';

/** The rows' targets by user; a kind this version does not know is left out. */
export function pushTargetsByUser(rows: readonly PushTokenRow[]): Map<string, PushTarget[]> {
  const out = new Map<string, PushTarget[]>();
  for (const r of rows) {
    const kind = PUSH_KINDS.find((k) => k === r.push_kind);
    if (!kind) continue;
    let list = out.get(r.user_id);
    if (!list) out.set(r.user_id, (list = []));
    list.push({ kind, token: r.push_token, deviceId: r.device_id });
  }
  return out;
}
