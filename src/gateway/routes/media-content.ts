// The bytes of media in a store that cannot presign (the JetStream object store), streamed
// through the gateway in both directions. Upload: PUT with the bearer token of the uploader,
// the size limit enforced while the body streams in (over it, nothing is kept). Download:
// GET with a bearer token of someone allowed to read it, or with the signed, expiring query
// of GET /v1/media/{id}/url (so <img src> works without a header); a single byte range is
// honoured (206), so a <video> can seek.
import type { HttpRequest, HttpResponse, TemplatedApp } from 'uWebSockets.js';
import { ParleyError, toParleyError } from '../../shared/errors.js';
import { isId } from '../../shared/ids.js';
import { mediaKey, ObjectTooLarge, type Variant, VARIANTS } from '../../media/media-store.js';
import { getMedia } from '../../projections/media/queries.js';
import { article } from '../../media/limits.js';
import { bearerToken } from '../authenticator.js';
import { errorBody, writeJson } from '../http.js';
import { RequestBody } from '../request-body.js';
import { parseRange, sliceBytes } from '../byte-range.js';
import { streamResponse, type ResponseState } from '../stream-response.js';
import { variantOf } from './media.js';
import type { RouteDeps } from './deps.js';

export function mediaContentRoutes(app: TemplatedApp, deps: RouteDeps): void {
  const { ctx, auth, media, mediaUrls, log } = deps;

  const fail = (res: HttpResponse, state: ResponseState, err: unknown) => {
    const e = toParleyError(err);
    if (e.code === 'internal') log.error({ err: e.cause ?? e }, 'media content request failed');
    if (!state.aborted) writeJson(res, e.status, errorBody(e));
  };

  app.put('/v1/media/:id/content', (res: HttpResponse, req: HttpRequest) => {
    const mediaId = req.getParameter(0) ?? '';
    const authorization = req.getHeader('authorization');
    const declaredLength = Number(req.getHeader('content-length') || NaN);
    const state: ResponseState = { aborted: false };
    const body = new RequestBody(res);
    res.onAborted(() => {
      state.aborted = true;
      body.abort();
      state.onAbort?.();
    });
    (async () => {
      const me = await auth.authenticate(bearerToken(authorization));
      const row = await media.ownMedia(me.userId, mediaId);
      if (row.status === 'verified' || row.status === 'deleted') throw new ParleyError('conflict', `this media is ${row.status}; ask for a new upload`);
      if (ctx.now() > row.upload_expires_at_ms) throw new ParleyError('link_expired', 'the upload slot expired; ask for a new one');
      const max = media.limits.maxBytes(row.kind);
      if (declaredLength > max) throw new ParleyError('too_large', `${article(row.kind)} may be at most ${max} bytes`);
      try {
        const stored = await media.store.put(mediaKey(row.media_id, 'original'), body, { contentType: row.declared_type, maxBytes: max });
        return { media_id: row.media_id, size: stored.size };
      } catch (err) {
        if (err instanceof ObjectTooLarge) throw new ParleyError('too_large', `${article(row.kind)} may be at most ${max} bytes; nothing was kept`);
        throw err;
      }
    })().then(
      (reply) => {
        body.finished = true;
        if (!state.aborted) writeJson(res, 200, reply);
      },
      async (err: unknown) => {
        // Answer once the client has sent everything: an HTTP client still writing its body
        // may not read an early answer.
        await body.drain();
        body.finished = true;
        fail(res, state, err);
      },
    );
  });

  app.get('/v1/media/:id/content', (res: HttpResponse, req: HttpRequest) => {
    const mediaId = req.getParameter(0) ?? '';
    const authorization = req.getHeader('authorization');
    const query = new URLSearchParams(req.getQuery() ?? '');
    const rangeHeader = req.getHeader('range');
    const state: ResponseState = { aborted: false };
    res.onAborted(() => {
      state.aborted = true;
      state.onAbort?.();
    });
    (async () => {
      const variant = (query.get('variant') ?? 'original') as Variant;
      if (!VARIANTS.includes(variant)) throw new ParleyError('bad_request', 'variant: original, preview or thumbnail');
      const sig = query.get('sig');
      let row;
      if (sig !== null) {
        const exp = Number(query.get('exp'));
        const verdict = mediaUrls.check(mediaId, variant, exp, sig, ctx.now());
        if (verdict === 'bad') throw new ParleyError('forbidden', 'this link is not valid');
        if (verdict === 'expired') throw new ParleyError('link_expired', 'this link has expired; ask for a new one');
        row = isId(mediaId) ? await getMedia(ctx.db, mediaId) : undefined;
        if (!row || row.status === 'deleted') throw new ParleyError('media_not_found', 'no such media');
      } else {
        const me = await auth.authenticate(bearerToken(authorization));
        row = await media.readable(me.userId, mediaId);
      }
      const v = variantOf(row, variant);
      const key = mediaKey(row.media_id, variant);
      const stat = await media.store.stat(key);
      if (!stat) throw new ParleyError('media_not_found', 'nothing is stored for this media');
      const range = rangeHeader ? parseRange(rangeHeader, stat.size) : undefined;
      if (range === 'unsatisfiable') {
        if (!state.aborted) res.cork(() => res.writeStatus('416 Range Not Satisfiable').writeHeader('content-range', `bytes */${stat.size}`).end());
        return;
      }
      const source = await media.store.get(key);
      if (!source) throw new ParleyError('media_not_found', 'nothing is stored for this media');
      const headers: Record<string, string> = {
        'content-type': v.content_type,
        'accept-ranges': 'bytes',
        'cache-control': 'private, max-age=300',
        // Never let a browser run an upload as a page of ours.
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
      };
      if (row.kind !== 'image' || variant === 'original') {
        const name = encodeURIComponent(row.filename || row.media_id);
        headers['content-disposition'] = `${row.kind === 'file' ? 'attachment' : 'inline'}; filename*=UTF-8''${name}`;
      }
      if (!range) return streamResponse(res, state, headers, source, stat.size);
      headers['content-range'] = `bytes ${range.start}-${range.end}/${stat.size}`;
      await streamResponse(res, state, headers, sliceBytes(source, range), range.end - range.start + 1, '206 Partial Content');
    })().catch((err: unknown) => {
      // Before the headers went out, an error is an ordinary JSON answer; after, the stream
      // was cut (streamResponse closed it).
      if (err instanceof ParleyError) fail(res, state, err);
      else log.warn({ err, mediaId }, 'streaming media failed');
    });
  });
}
