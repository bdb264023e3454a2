// Reads of the media read model.
import type { Db } from '../../shared/db.js';
import type { MediaState } from '../../media/media-rules.js';

export type MediaRow = MediaState;

export async function getMedia(db: Db, mediaId: string): Promise<MediaRow | undefined> {
  return (await db.selectFrom('media').selectAll().where('media_id', '=', mediaId).executeTakeFirst()) as MediaRow | undefined;
}

export async function getMediaMany(db: Db, ids: readonly string[]): Promise<Map<string, MediaRow>> {
  if (ids.length === 0) return new Map();
  const rows = (await db.selectFrom('media').selectAll().where('media_id', 'in', [...new Set(ids)]).execute()) as MediaRow[];
  return new Map(rows.map((r) => [r.media_id, r]));
}

/** Media never attached to a message, not deleted, whose upload slot was handed out before cutoffMs. */
export async function unattachedBefore(db: Db, cutoffMs: number, limit: number): Promise<MediaRow[]> {
  return (await db
    .selectFrom('media')
    .selectAll()
    .where('attached_at_ms', 'is', null)
    .where('status', '<>', 'deleted')
    .where('created_at_ms', '<', cutoffMs)
    .orderBy('created_at_ms')
    .limit(limit)
    .execute()) as MediaRow[];
}
