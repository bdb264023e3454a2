// Folds the MEDIA stream into the media read model: one row per media object (its state per
// src/media/media-rules.ts) and one row per attachment. Rows of the batch's media are read
// once, folded in memory, and written back in one statement each.
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../shared/db.js';
import type { Names } from '../../shared/names.js';
import { evolveMedia, type Attachment, type MediaState } from '../../media/media-rules.js';
import type { Projection, StoredEvent } from '../runner.js';
import type { MediaTable } from './tables.js';

export const MEDIA_PROJECTION = 'media';
const CHUNK = 1000;

export function mediaProjection(names: Names): Projection {
  const subjectPrefix = `${names.prefix}.media.`;
  return {
    name: MEDIA_PROJECTION,
    stream: names.mediaStream,
    filter: names.mediaFilter,
    async apply(tx: Kysely<Database>, batch: StoredEvent[]) {
      const ids = [...new Set(batch.map((e) => e.subject.slice(subjectPrefix.length)))];
      const states = new Map<string, MediaState>();
      for (let i = 0; i < ids.length; i += CHUNK) {
        const rows = await tx.selectFrom('media').selectAll().where('media_id', 'in', ids.slice(i, i + CHUNK)).execute();
        for (const r of rows) states.set(r.media_id, r as MediaState);
      }
      const changed = new Set<string>();
      const attachments: Attachment[] = [];
      for (const ev of batch) {
        const id = ev.subject.slice(subjectPrefix.length);
        const outcome = evolveMedia(states.get(id), ev.event, ev.seq);
        if (!outcome || outcome.state.media_id !== id) continue;
        states.set(id, outcome.state);
        changed.add(id);
        if (outcome.attachment) attachments.push(outcome.attachment);
      }
      const rows = [...changed].map((id) => toRow(states.get(id)!));
      for (let i = 0; i < rows.length; i += CHUNK) {
        await tx
          .insertInto('media')
          .values(rows.slice(i, i + CHUNK))
          .onConflict((oc) =>
            oc.column('media_id').doUpdateSet((eb) => ({
              status: eb.ref('excluded.status'),
              content_type: eb.ref('excluded.content_type'),
              size: eb.ref('excluded.size'),
              width: eb.ref('excluded.width'),
              height: eb.ref('excluded.height'),
              variants: eb.ref('excluded.variants'),
              verified_at_ms: eb.ref('excluded.verified_at_ms'),
              attached_at_ms: eb.ref('excluded.attached_at_ms'),
              deleted_at_ms: eb.ref('excluded.deleted_at_ms'),
              delete_reason: eb.ref('excluded.delete_reason'),
              last_seq: eb.ref('excluded.last_seq'),
            })),
          )
          .execute();
      }
      for (let i = 0; i < attachments.length; i += CHUNK) {
        await tx.insertInto('media_attachments').values(attachments.slice(i, i + CHUNK)).onConflict((oc) => oc.doNothing()).execute();
      }
    },
  };
}

function toRow(s: MediaState): Insertable<MediaTable> {
  return { ...s, variants: JSON.stringify(s.variants) };
}
