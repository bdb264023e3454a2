// Tells every gateway that a user came online or went offline: one core NATS publish on
// <prefix>.presence.<user_id>, whatever the number of watchers (each gateway holds one
// wildcard subscription and finds the local watchers itself). The user's privacy setting is
// applied here, once, so no gateway ever sees a hidden last seen.
import type { NatsConnection } from '@nats-io/transport-node';
import type { HiddenLastSeen } from '../presence/hidden-last-seen.js';
import type { PresenceChange } from '../presence/presence-store.js';
import { pb } from '../shared/events.js';
import type { Names } from '../shared/names.js';

export class PresenceAnnouncer {
  constructor(
    private readonly nc: NatsConnection,
    private readonly names: Names,
    private readonly hidden: HiddenLastSeen,
  ) {}

  async announce(change: PresenceChange): Promise<void> {
    const hide = await this.hidden.isHidden(change.userId);
    const presence = pb.Presence.encode({
      userId: change.userId,
      online: change.online,
      lastSeenMs: hide ? 0 : change.lastSeenMs,
      version: change.version,
    }).finish();
    this.nc.publish(this.names.presenceSubject(change.userId), presence);
  }
}
