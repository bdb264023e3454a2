// Serves the built web client (web/dist, made by `make web`) at `/`. The bundle's file names
// carry a content hash, so they are cached for a year; index.html names them and is
// revalidated on every load (ETag), so a rebuild is picked up at once. Files are read on
// request (they are few and small), which also lets a bundle built after start be served.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { HttpRequest, HttpResponse } from 'uWebSockets.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** esbuild's entryNames '[name]-[hash]': eight characters of base32 after the last dash. */
const HASHED = /-[A-Z0-9]{8}\.[a-z0-9]+$/;

const MISSING_BUNDLE =
  '<!doctype html><meta charset="utf-8"><title>Parley</title>' +
  '<p>The web client is not built. Run <code>make web</code> (or <code>make run</code>, which builds it) and reload.</p>';

export type StaticResult = { status: 200; body: Buffer; type: string; etag: string; cache: string } | { status: 304; etag: string; cache: string } | { status: 404 | 503; body: string; type: string };

/**
 * The file for a URL path under root, or why not. Pure apart from reading the file, so the
 * traversal rules are testable without a server.
 */
export async function resolveStatic(root: string, urlPath: string, ifNoneMatch: string): Promise<StaticResult> {
  // The same error body as the API's, so a client that strays outside /v1/ reads one shape.
  const notFound = { status: 404 as const, body: JSON.stringify({ error: { code: 'not_found', message: 'no such route or file' } }), type: 'application/json' };
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return notFound;
  }
  if (path === '/' || path === '') path = '/index.html';
  // No NUL, no backslashes, no dot segments or hidden files: nothing outside the bundle.
  if (path.includes('\0') || path.includes('\\') || path.split('/').some((seg) => seg.startsWith('.'))) return notFound;
  const file = normalize(join(root, path));
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return notFound;
  const type = CONTENT_TYPES[extname(file)];
  if (!type) return notFound;
  let info;
  try {
    info = await stat(file);
  } catch {
    if (path === '/index.html') return { status: 503, body: MISSING_BUNDLE, type: 'text/html; charset=utf-8' };
    return notFound;
  }
  if (!info.isFile()) return notFound;
  const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
  const cache = HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
  if (ifNoneMatch === etag) return { status: 304, etag, cache };
  return { status: 200, body: await readFile(file), type, etag, cache };
}

/** A uWS handler for GET requests under `/` that are not API routes. */
export function staticFiles(root: string): (res: HttpResponse, req: HttpRequest) => void {
  return (res, req) => {
    // Read everything from req before the first await: it is invalid afterwards.
    const url = req.getUrl();
    const ifNoneMatch = req.getHeader('if-none-match');
    const head = req.getMethod() === 'head';
    let aborted = false;
    res.onAborted(() => {
      aborted = true;
    });
    resolveStatic(root, url, ifNoneMatch).then(
      (r) => {
        if (aborted) return;
        res.cork(() => {
          if (r.status === 304) {
            res.writeStatus('304 Not Modified').writeHeader('etag', r.etag).writeHeader('cache-control', r.cache).end();
            return;
          }
          res.writeStatus(r.status === 200 ? '200 OK' : r.status === 404 ? '404 Not Found' : '503 Service Unavailable');
          res.writeHeader('content-type', r.type).writeHeader('x-content-type-options', 'nosniff');
          if (r.status === 200) res.writeHeader('etag', r.etag).writeHeader('cache-control', r.cache);
          else res.writeHeader('cache-control', 'no-store');
          if (head) res.endWithoutBody(r.status === 200 ? r.body.length : Buffer.byteLength(r.body));
          else res.end(r.body);
        });
      },
      () => {
        if (!aborted) res.cork(() => res.writeStatus('500 Internal Server Error').end('cannot read file'));
      },
    );
  };
}
