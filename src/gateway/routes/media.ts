// Media over REST (docs/media.md): upload slots, verification, metadata and download URLs.
// The bytes themselves go to a presigned URL (S3) or through media-content.ts (JetStream).
import type { TemplatedApp } from 'uWebSockets.js';
import { z } from 'zod';
import { ParleyError } from '../../shared/errors.js';
import { mediaKey, type Variant } from '../../media/media-store.js';
import type { MediaRow } from '../../projections/media/queries.js';
import { bearerToken } from '../authenticator.js';
import { route } from '../http.js';
import { mediaBody } from '../media-views.js';
import { parse } from '../validate.js';
import type { RouteDeps } from './deps.js';

const create = z.object({
  conversation_id: z.string().min(1).max(64),
  content_type: z.string().min(1).max(255),
  size: z.number().int().positive(),
  filename: z.string().max(255).optional(),
});
const variantQuery = z.object({ variant: z.enum(['original', 'preview', 'thumbnail']).default('original') });

/** The gateway's content endpoint: relative (works behind any host name) unless MEDIA_PUBLIC_URL is set. */
export function contentPath(mediaId: string, base = ''): string {
  return `${base}/v1/media/${encodeURIComponent(mediaId)}/content`;
}

/** The stored variant, or media_not_found (no preview of a video, or not made yet). */
export function variantOf(row: MediaRow, variant: Variant): { content_type: string; size: number } {
  if (variant === 'original') return row;
  const v = row.variants.find((x) => x.name === variant);
  if (!v) throw new ParleyError('media_not_found', `this media has no ${variant} (yet)`);
  return v;
}

export function mediaRoutes(app: TemplatedApp, deps: RouteDeps): void {
  const { ctx, auth, media, mediaUrls, log } = deps;
  const principal = (authorization: string) => auth.authenticate(bearerToken(authorization));

  route(app, log, 'post', '/v1/media', async (req) => {
    const me = await principal(req.authorization);
    const b = parse(create, await req.json());
    const { media: row, target, expiresAtMs } = await media.create({
      userId: me.userId,
      deviceId: me.deviceId,
      conversationId: b.conversation_id,
      contentType: b.content_type,
      size: b.size,
      filename: b.filename ?? '',
    });
    return {
      status: 201,
      body: {
        media_id: row.media_id,
        upload_url: target?.url ?? contentPath(row.media_id, ctx.config.MEDIA_PUBLIC_URL),
        upload_method: 'PUT',
        upload_headers: target?.headers ?? { 'content-type': row.declared_type },
        // Gateway uploads need the bearer token; presigned ones must not send it.
        upload_auth: target ? 'none' : 'bearer',
        expires_at_ms: expiresAtMs,
        max_bytes: media.limits.maxBytes(row.kind),
        media: mediaBody(row).media,
      },
    };
  });

  route(app, log, 'post', '/v1/media/:id/complete', async (req) => {
    const me = await principal(req.authorization);
    return { status: 200, body: mediaBody(await media.complete(me.userId, req.params[0] ?? '')) };
  });

  route(app, log, 'get', '/v1/media/:id', async (req) => {
    const me = await principal(req.authorization);
    return { status: 200, body: mediaBody(await media.readable(me.userId, req.params[0] ?? '')) };
  });

  route(app, log, 'get', '/v1/media/:id/url', async (req) => {
    const me = await principal(req.authorization);
    const { variant } = parse(variantQuery, Object.fromEntries(req.query));
    const row = await media.readable(me.userId, req.params[0] ?? '');
    const v = variantOf(row, variant);
    const ttlS = ctx.config.MEDIA_URL_TTL_S;
    const expiresAtMs = ctx.now() + ttlS * 1000;
    const presigned = await media.store.downloadUrl(mediaKey(row.media_id, variant), ttlS, {
      contentType: v.content_type,
      attachment: row.kind === 'file',
      ...(variant === 'original' && row.filename ? { filename: row.filename } : {}),
    });
    const url =
      presigned ??
      `${contentPath(row.media_id, ctx.config.MEDIA_PUBLIC_URL)}?${new URLSearchParams({ variant, exp: String(expiresAtMs), sig: mediaUrls.sign(row.media_id, variant, expiresAtMs) })}`;
    return { status: 200, body: { url, expires_at_ms: expiresAtMs, variant, content_type: v.content_type, size: Number(v.size) } };
  });
}
