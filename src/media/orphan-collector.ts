// Media never attached to a message is deleted MEDIA_ORPHAN_AGE_S after its upload slot was
// handed out: uploads abandoned half-way, verified media never sent, slots never used. The
// MediaDeleted expects the media's last event to be the one the read model saw
// (expected last subject sequence), so media attached in the meantime is left alone; the
// bytes go only after the log has said so.
import type { JetStreamClient } from '@nats-io/jetstream';
import { JetStreamApiError } from '@nats-io/jetstream';
import type { Config } from '../shared/config.js';
import type { Db } from '../shared/db.js';
import { encodeEvent } from '../shared/events.js';
import type { Logger } from '../shared/log.js';
import type { Names } from '../shared/names.js';
import { unattachedBefore } from '../projections/media/queries.js';
import { removeMediaObjects, type MediaStore } from './media-store.js';

const WRONG_LAST_SEQUENCE = 10071;

export interface OrphanCollectorDeps {
  js: JetStreamClient;
  db: Db;
  names: Names;
  config: Config;
  store: MediaStore;
  log: Logger;
}

export class OrphanCollector {
  constructor(private readonly deps: OrphanCollectorDeps) {}

  /** One sweep: deletes up to batch orphans older than the configured age. Returns how many. */
  async collect(nowMs: number, batch = 200): Promise<number> {
    const { js, db, names, config, store, log } = this.deps;
    const cutoff = nowMs - config.MEDIA_ORPHAN_AGE_S * 1000;
    let deleted = 0;
    for (const row of await unattachedBefore(db, cutoff, batch)) {
      const reason = row.status === 'pending' ? 'expired' : 'orphan';
      try {
        await js.publish(names.mediaSubject(row.media_id), encodeEvent({ mediaDeleted: { mediaId: row.media_id, reason, atMs: nowMs } }), {
          expect: { lastSubjectSequence: row.last_seq },
        });
      } catch (err) {
        // Something happened to it since the read model saw it (attached?): next sweep decides.
        if (err instanceof JetStreamApiError && err.code === WRONG_LAST_SEQUENCE) continue;
        throw err;
      }
      await removeMediaObjects(store, row.media_id).catch((err: unknown) => log.warn({ err, mediaId: row.media_id }, 'removing an orphan from the store failed'));
      deleted++;
    }
    if (deleted > 0) log.info({ deleted }, 'collected orphaned media');
    return deleted;
  }
}
