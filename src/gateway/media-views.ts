// The JSON shape of a media object.
import type { MediaRow } from '../projections/media/queries.js';

function variant(v: { content_type: string; size: number; width: number; height: number }): Record<string, unknown> {
  return { content_type: v.content_type, size: Number(v.size), width: v.width, height: v.height };
}

export function mediaView(m: MediaRow): Record<string, unknown> {
  const variants: Record<string, unknown> = { original: variant(m) };
  for (const v of m.variants) variants[v.name] = variant(v);
  return {
    id: m.media_id,
    media_id: m.media_id,
    conversation_id: m.conversation_id,
    uploader_id: m.uploader_id,
    kind: m.kind,
    content_type: m.content_type,
    size: Number(m.size),
    filename: m.filename,
    width: m.width,
    height: m.height,
    status: m.status,
    variants,
    created_at_ms: Number(m.created_at_ms),
    ...(m.verified_at_ms !== null ? { verified_at_ms: Number(m.verified_at_ms) } : {}),
    ...(m.delete_reason !== null ? { delete_reason: m.delete_reason } : {}),
  };
}

/** The body of a media answer: the media object, also under `media`. */
export function mediaBody(m: MediaRow): Record<string, unknown> {
  const view = mediaView(m);
  return { ...view, media: view };
}
