// What command handlers need from the outside world: the log to append to, the read models
// to validate against, and a way to wait until their own write is readable.
import type { JetStreamClient, JetStreamManager } from '@nats-io/jetstream';
import type { AckPublisher } from '../shared/ack-publisher.js';
import type { Config } from '../shared/config.js';
import type { Db } from '../shared/db.js';
import type { Names } from '../shared/names.js';
import type { ProgressWatcher } from '../projections/progress.js';

export interface CommandContext {
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  /** Fast acknowledged publishes for the hot paths. */
  readonly publisher: AckPublisher;
  readonly db: Db;
  readonly names: Names;
  readonly config: Config;
  readonly progress: ProgressWatcher;
  readonly now: () => number;
}
