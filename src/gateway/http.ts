// Small HTTP layer over uWebSockets.js: routes with path parameters, JSON bodies with a size
// limit, one error body shape, and writes corked because they happen in async callbacks.
import type { HttpRequest, HttpResponse, TemplatedApp } from 'uWebSockets.js';
import { ParleyError, toParleyError } from '../shared/errors.js';
import type { Logger } from '../shared/log.js';

const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 201: 'Created', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden',
  404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict', 413: 'Payload Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Entity',
  429: 'Too Many Requests', 500: 'Internal Server Error', 501: 'Not Implemented', 503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export interface Request {
  method: string;
  params: string[];
  query: URLSearchParams;
  authorization: string;
  contentType: string;
  /** The parsed JSON body (an object), or a bad_request error. */
  json(): Promise<Record<string, unknown>>;
}

export interface Reply {
  status: number;
  body?: unknown;
}

export type Handler = (req: Request) => Promise<Reply>;

/** What an app's routes report besides their replies (metrics). Registered once per app. */
export interface RouteObserver {
  error(code: string): void;
}

const observers = new WeakMap<TemplatedApp, RouteObserver>();

export function observeRoutes(app: TemplatedApp, observer: RouteObserver): void {
  observers.set(app, observer);
}

// Request ids: the caller's X-Request-Id, or one made here (process and counter, no
// randomness needed); echoed in the reply and on every log line about the request.
let requestCounter = 0;
const requestIdPrefix = `${process.pid.toString(36)}-`;
const nextRequestId = () => requestIdPrefix + (++requestCounter).toString(36);

export function route(app: TemplatedApp, log: Logger, method: 'get' | 'post' | 'put' | 'del' | 'patch', pattern: string, handler: Handler, maxBody = 64 * 1024): void {
  const paramCount = (pattern.match(/:/g) ?? []).length;
  app[method](pattern, (res: HttpResponse, uReq: HttpRequest) => {
    const started = performance.now();
    const given = uReq.getHeader('x-request-id');
    const requestId = /^[\w.:-]{1,64}$/.test(given) ? given : nextRequestId();
    // Everything from uReq must be read now: it is invalid after the first await.
    const params: string[] = [];
    for (let i = 0; i < paramCount; i++) params.push(decodePathSegment(uReq.getParameter(i) ?? ''));
    const req: Request = {
      method: uReq.getMethod(),
      params,
      query: new URLSearchParams(uReq.getQuery() ?? ''),
      authorization: uReq.getHeader('authorization'),
      contentType: uReq.getHeader('content-type'),
      json: () => Promise.reject(new ParleyError('bad_request', 'no body')),
    };
    let aborted = false;
    res.onAborted(() => {
      aborted = true;
    });
    if (method === 'post' || method === 'put' || method === 'patch') {
      const body = readBody(res, maxBody);
      body.catch(() => undefined);
      req.json = async () => parseJson(await body);
    }
    const done = (status: number) => log.debug({ req: requestId, method: req.method, path: pattern, status, ms: Math.round(performance.now() - started) }, 'request');
    handler(req).then(
      (reply) => {
        if (!aborted) writeJson(res, reply.status, reply.body, requestId);
        done(reply.status);
      },
      (err: unknown) => {
        const e = toParleyError(err);
        if (e.code === 'internal') log.error({ err: e.cause ?? e, req: requestId, path: pattern }, 'request failed');
        observers.get(app)?.error(e.code);
        if (!aborted) writeJson(res, e.status, errorBody(e), requestId);
        done(e.status);
      },
    );
  });
}

/**
 * A path parameter, percent-decoded. Broken percent-encoding (`%E0%A4%A`) would make
 * decodeURIComponent throw inside uWS's synchronous handler, so it becomes a value no id
 * check accepts: the route answers 400 invalid_id like for any other malformed id.
 */
function decodePathSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return '%';
  }
}

export function errorBody(e: ParleyError): unknown {
  return { error: { code: e.code, message: e.message } };
}

export function writeJson(res: HttpResponse, status: number, body: unknown, requestId?: string): void {
  res.cork(() => {
    res.writeStatus(`${status} ${STATUS_TEXT[status] ?? ''}`);
    if (requestId !== undefined) res.writeHeader('x-request-id', requestId);
    if (body === undefined) {
      res.end();
      return;
    }
    res.writeHeader('content-type', 'application/json').end(JSON.stringify(body));
  });
}

function readBody(res: HttpResponse, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    res.onData((chunk, isLast) => {
      if (done) return;
      size += chunk.byteLength;
      if (size > limit) {
        done = true;
        reject(new ParleyError('payload_too_large', `body is larger than ${limit} bytes`));
        return;
      }
      chunks.push(Buffer.from(chunk.slice(0)));
      if (isLast) {
        done = true;
        resolve(Buffer.concat(chunks));
      }
    });
  });
}

function parseJson(buf: Buffer): Record<string, unknown> {
  if (buf.length === 0) return {};
  let value: unknown;
  try {
    value = JSON.parse(buf.toString('utf8'));
  } catch {
    throw new ParleyError('bad_request', 'body is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ParleyError('bad_request', 'body must be a JSON object');
  }
  return value as Record<string, unknown>;
}
