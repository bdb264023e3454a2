// Apple Push Notification service over HTTP/2: one long-lived session to the APNs host,
// a stream per notification, a new session whenever the old one has closed or been told
// to go away. Token-based auth (ApnsToken).
import { connect, constants, type ClientHttp2Session, type ClientHttp2Stream, type IncomingHttpHeaders } from 'node:http2';
import { apnsHeaders, apnsPayload, isApnsDeviceToken, APNS_PRODUCTION } from './apns-request.js';
import type { ApnsToken } from './apns-token.js';
import { classifyApnsResponse } from './classify-apns-response.js';
import type { PushNotification } from './push-notification.js';
import type { PushProvider, PushResult, PushTarget } from './push-provider.js';
import { failureReason } from './request-signal.js';

export interface ApnsProviderOptions {
  /** https://api.push.apple.com, https://api.sandbox.push.apple.com, or a test server (http: is h2c). */
  origin?: string;
  /** The app's bundle id (apns-topic). */
  topic: string;
  token: Pick<ApnsToken, 'get' | 'invalidate'>;
  /** How long APNs keeps trying to reach an offline device. */
  ttlS?: number;
  timeoutMs?: number;
  now?: () => number;
}

interface ApnsAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export class ApnsProvider implements PushProvider {
  readonly kind = 'apns';
  private readonly origin: string;
  private readonly now: () => number;
  private session: ClientHttp2Session | undefined;
  private closed = false;
  private opened = 0;

  constructor(private readonly options: ApnsProviderOptions) {
    this.origin = options.origin ?? APNS_PRODUCTION;
    this.now = options.now ?? Date.now;
  }

  /** Sessions opened so far (the tests check that one is reused). */
  get connects(): number {
    return this.opened;
  }

  async send(target: PushTarget, notification: PushNotification, signal?: AbortSignal): Promise<PushResult> {
    if (this.closed) return { status: 'retryable', reason: 'provider closed' };
    if (!isApnsDeviceToken(target.token)) return { status: 'invalid_token', reason: 'not an APNs device token' };
    const body = JSON.stringify(apnsPayload(notification));
    // ExpiredProviderToken: sign a new token and retry once.
    for (let refreshed = false; ; refreshed = true) {
      let jwt: string;
      try {
        jwt = await this.options.token.get();
      } catch (err) {
        return { status: 'permanent', reason: `provider token: ${failureReason(err)}` };
      }
      const expirationS = Math.floor(this.now() / 1000) + (this.options.ttlS ?? 86_400);
      let answer: ApnsAnswer;
      try {
        const headers = apnsHeaders(target.token, notification, { topic: this.options.topic, jwt, expirationS });
        answer = await this.request(headers, body, signal);
      } catch (err) {
        return { status: 'retryable', reason: failureReason(err) };
      }
      const h = answer.headers;
      const retryAfter = header(h['retry-after']) ?? null;
      const outcome = classifyApnsResponse(answer.status, reasonOf(answer.body), header(h['apns-id']), retryAfter, this.now());
      if (outcome.status !== 'unauthenticated') return outcome;
      if (refreshed) return { status: 'permanent', reason: outcome.reason };
      this.options.token.invalidate(jwt);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const s = this.session;
    this.session = undefined;
    if (!s || s.closed || s.destroyed) return;
    // close() lets open streams finish, then the session emits 'close'.
    await new Promise<void>((resolve) => s.close(resolve));
  }

  private connection(): ClientHttp2Session {
    const live = this.session;
    if (live && !live.closed && !live.destroyed) return live;
    const s = connect(this.origin);
    this.opened++;
    const forget = () => {
      if (this.session === s) this.session = undefined;
    };
    // After GOAWAY no new stream may start on this session; the next send opens another.
    s.on('goaway', forget);
    s.on('close', forget);
    // Errors also reach the streams that were open; here they only retire the session.
    s.on('error', forget);
    this.session = s;
    return s;
  }

  /**
   * A request the server cannot have seen (the session was already going away, or the server
   * refused the stream) is safe to send again, once, on a new session.
   */
  private async request(headers: Record<string, string>, body: string, signal?: AbortSignal): Promise<ApnsAnswer> {
    try {
      return await this.requestOnce(headers, body, signal);
    } catch (err) {
      if (!(err instanceof NotSent)) throw err;
      const old = this.session;
      this.session = undefined;
      old?.close(); // lets whatever is still open on it finish
      return this.requestOnce(headers, body, signal);
    }
  }

  private requestOnce(headers: Record<string, string>, body: string, signal?: AbortSignal): Promise<ApnsAnswer> {
    return new Promise<ApnsAnswer>((resolve, reject) => {
      if (signal?.aborted) return reject(new DOMException('aborted', 'AbortError'));
      let stream: ClientHttp2Stream;
      try {
        stream = this.connection().request(headers);
      } catch (err) {
        // ERR_HTTP2_GOAWAY_SESSION, ERR_HTTP2_INVALID_SESSION: this session takes no new streams.
        return reject(new NotSent(failureReason(err)));
      }
      let status = 0;
      let responseHeaders: IncomingHttpHeaders = {};
      const chunks: Buffer[] = [];
      let failure: Error | undefined;
      const cancel = (err: Error) => {
        failure ??= err;
        stream.close(constants.NGHTTP2_CANCEL);
      };
      const onAbort = () => cancel(new DOMException('aborted', 'AbortError'));
      signal?.addEventListener('abort', onAbort, { once: true });
      stream.setTimeout(this.options.timeoutMs ?? 10_000, () => cancel(new DOMException('timeout', 'TimeoutError')));
      stream.on('response', (h) => {
        status = Number(h[':status']);
        responseHeaders = h;
      });
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', (err) => (failure ??= err));
      stream.on('close', () => {
        signal?.removeEventListener('abort', onAbort);
        const complete = status > 0 && stream.rstCode === constants.NGHTTP2_NO_ERROR && failure === undefined;
        if (complete) resolve({ status, headers: responseHeaders, body: Buffer.concat(chunks).toString('utf8') });
        else if (status === 0 && stream.rstCode === constants.NGHTTP2_REFUSED_STREAM) reject(new NotSent('stream refused'));
        else reject(failure ?? new Error(`stream closed (${status > 0 ? `status ${status}, ` : ''}code ${stream.rstCode})`));
      });
      stream.end(body);
    });
  }
}

/** The request never reached the server. */
class NotSent extends Error {
  override name = 'NotSent';
}

function header(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

function reasonOf(body: string): string | undefined {
  if (!body) return undefined;
  try {
    const reason = (JSON.parse(body) as { reason?: unknown }).reason;
    return typeof reason === 'string' ? reason : undefined;
  } catch {
    return undefined;
  }
}
