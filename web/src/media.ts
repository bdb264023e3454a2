// Images in messages, behind the media REST contract (docs/media.md):
//   POST /v1/media {conversation_id, content_type, size, filename}
//     → 201 {media_id, upload_url, upload_method: "PUT", upload_headers, expires_at_ms}
//   PUT the bytes to upload_url (a gateway path under /v1/ wants the bearer token)
//   POST /v1/media/{id}/complete → {media}
//   GET /v1/media/{id}/url?variant=thumbnail|preview|original → {url, expires_at_ms}
// A server without media answers 404 on POST /v1/media: the attach button stays hidden.
import { ApiError, type Api } from './api.js';

export interface MediaInfo {
  media_id: string;
  kind?: string;
  content_type?: string;
  size?: number;
  width?: number;
  height?: number;
  filename?: string;
}

export type Variant = 'thumbnail' | 'preview' | 'original';

interface UploadTicket {
  media_id: string;
  upload_url: string;
  upload_method?: string;
  upload_headers?: Record<string, string>;
}

/** Probes with an empty request: a server with media refuses it (400), one without has no route (404). */
export async function mediaSupported(api: Api): Promise<boolean> {
  try {
    await api.call('POST', '/v1/media', {});
    return true;
  } catch (err) {
    return !(err instanceof ApiError && (err.status === 404 || err.status === 501));
  }
}

/** Uploads one file into a conversation; resolves with its media id once it is complete. */
export async function uploadFile(api: Api, conversationId: string, file: File): Promise<MediaInfo> {
  const ticket = await api.call<UploadTicket>('POST', '/v1/media', {
    conversation_id: conversationId,
    content_type: file.type || 'application/octet-stream',
    size: file.size,
    filename: file.name,
  });
  const headers: Record<string, string> = { ...(ticket.upload_headers ?? {}) };
  // Bytes through the gateway (the built-in store) need the device's token; a presigned
  // S3 URL must not get it.
  if (ticket.upload_url.startsWith('/v1/')) headers.authorization = `Bearer ${api.token}`;
  const put = await fetch(ticket.upload_url, { method: ticket.upload_method ?? 'PUT', headers, body: file });
  if (!put.ok) throw new ApiError(put.status, 'upload_failed', `upload failed: HTTP ${put.status}`);
  const done = await api.call<{ media?: MediaInfo }>('POST', `/v1/media/${ticket.media_id}/complete`, {});
  return done.media ?? { media_id: ticket.media_id, content_type: file.type, size: file.size };
}

const urls = new Map<string, { url: string; expiresAtMs: number }>();

/** A URL for <img src> (cached until shortly before it expires). */
export async function mediaUrl(api: Api, mediaId: string, variant: Variant): Promise<string> {
  const key = `${mediaId}/${variant}`;
  const hit = urls.get(key);
  if (hit && hit.expiresAtMs - 30_000 > Date.now()) return hit.url;
  const r = await api.call<{ url: string; expires_at_ms: number }>('GET', `/v1/media/${mediaId}/url?variant=${variant}`);
  urls.set(key, { url: r.url, expiresAtMs: r.expires_at_ms });
  return r.url;
}

/** Media metadata of a message, from a MessagePosted (field media) or a history row. */
export function mediaOf(source: { media?: unknown; media_ids?: readonly string[]; mediaIds?: readonly string[] }): MediaInfo[] {
  const list = Array.isArray(source.media) ? (source.media as Array<Record<string, unknown>>) : [];
  const byId = new Map<string, MediaInfo>();
  for (const m of list) {
    const id = (m.media_id ?? m.mediaId) as string | undefined;
    if (!id) continue;
    byId.set(id, {
      media_id: id,
      kind: m.kind === undefined || m.kind === null ? undefined : String(m.kind),
      content_type: (m.content_type ?? m.contentType) as string | undefined,
      size: Number(m.size ?? 0),
      width: Number(m.width ?? 0) || undefined,
      height: Number(m.height ?? 0) || undefined,
      filename: (m.filename as string | undefined) ?? undefined,
    } as MediaInfo);
  }
  for (const id of source.media_ids ?? source.mediaIds ?? []) if (!byId.has(id)) byId.set(id, { media_id: id });
  return [...byId.values()];
}

/** Images get a thumbnail, other files a link; without metadata a thumbnail is tried. */
export function isImage(m: MediaInfo): boolean {
  if (m.content_type) return m.content_type.startsWith('image/');
  const kind = String(m.kind ?? '').toLowerCase();
  return kind === '' || kind.includes('image') || /^\d+$/.test(kind);
}
