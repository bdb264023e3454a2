// Builds the notifier from the configuration: the providers PUSH_* enables and the Redis
// PresenceStore. With no provider configured there is nothing to send, so it does not run
// (and does not create its consumer).
import type { NatsConnection } from '@nats-io/transport-node';
import { RedisPresenceStore } from '../presence/redis-presence-store.js';
import { pushProvidersFromConfig } from '../push/index.js';
import type { Config } from '../shared/config.js';
import type { Db } from '../shared/db.js';
import type { Logger } from '../shared/log.js';
import type { Names } from '../shared/names.js';
import type { Redis } from '../shared/redis.js';
import { Notifier } from './notifier.js';

export interface NotifierRoleDeps {
  config: Config;
  nc: NatsConnection;
  db: Db;
  names: Names;
  redis: Redis;
  log: Logger;
}

export async function startNotifier(deps: NotifierRoleDeps): Promise<Notifier | undefined> {
  const { config, redis, names, log } = deps;
  const providers = await pushProvidersFromConfig(config);
  if (providers.length === 0) {
    log.warn('no push provider is configured (PUSH_WEBHOOK_URL, PUSH_FCM_*, PUSH_APNS_*): the notifier does not run');
    return undefined;
  }
  const presence = new RedisPresenceStore(redis, names, { timeoutMs: config.PRESENCE_TIMEOUT_MS, lastSeenTtlMs: config.LAST_SEEN_TTL_S * 1000 });
  const notifier = new Notifier({ ...deps, presence, providers });
  await notifier.start();
  log.info({ providers: providers.map((p) => p.kind) }, 'notifier running');
  return notifier;
}
