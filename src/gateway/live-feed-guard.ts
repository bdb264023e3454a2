// Live delivery rides on core NATS, which loses whatever is in flight when a connection drops
// (a cluster node died, a network blip): the gateway's own connection, or the projector's,
// which publishes the feed's entries after each commit. A device's cursor would then jump
// over the lost entries. So when either drops, every socket is closed with a reconnect code:
// the devices come back (here or elsewhere) and resume from what they really have, through a
// catch-up that reads the feed in Postgres, where every entry sent live was committed first.
import type { NatsConnection } from '@nats-io/transport-node';
import type { Logger } from '../shared/log.js';
import type { Names } from '../shared/names.js';
import { CloseCode } from './close-codes.js';

export interface Closable {
  close(code: number, reason: string): void;
}

export function guardLiveFeed(nc: NatsConnection, names: Names, live: ReadonlySet<Closable>, log: Logger): void {
  const closeAll = (why: string) => {
    if (live.size === 0) return;
    log.warn({ sockets: live.size }, `${why}: closing sockets so that devices resume from their cursors`);
    for (const conn of [...live]) conn.close(CloseCode.internal, 'live feed interrupted, resume');
  };
  void (async () => {
    for await (const s of nc.status()) if (s.type === 'disconnect') closeAll('NATS connection lost');
  })().catch(() => undefined);
  // The feed writer says so once its own connection is back (feed-writer.ts).
  nc.subscribe(names.feedInterruptedSubject, { callback: () => closeAll("the feed writer's NATS connection dropped") });
}
