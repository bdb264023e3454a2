// Live delivery rides on core NATS subscriptions, which miss whatever is published while
// this gateway's NATS connection is down (a cluster node died, a network blip). A device's
// cursor would then jump over the missed entries. So when the connection drops, every
// socket is closed with a reconnect code: the devices come back (here or elsewhere) and
// resume from what they really have, through a catch-up that reads the durable feed.
import type { NatsConnection } from '@nats-io/transport-node';
import type { Logger } from '../shared/log.js';
import { CloseCode } from './close-codes.js';

export interface Closable {
  close(code: number, reason: string): void;
}

export function guardLiveFeed(nc: NatsConnection, live: ReadonlySet<Closable>, log: Logger): void {
  void (async () => {
    for await (const s of nc.status()) {
      if (s.type !== 'disconnect' || live.size === 0) continue;
      log.warn({ sockets: live.size }, 'NATS connection lost: closing sockets so that devices resume from their cursors');
      for (const conn of [...live]) conn.close(CloseCode.internal, 'live feed interrupted, resume');
    }
  })().catch(() => undefined);
}
