// OAuth2 access tokens for a Google service account (the "JWT bearer" grant, RFC 7523):
// sign an RS256 assertion with the account's private key, exchange it at token_uri, and keep
// the access token until shortly before it expires. Concurrent callers share one exchange.
import { importPKCS8, SignJWT, type CryptoKey } from 'jose';
import { z } from 'zod';
import { failureReason, requestSignal } from './request-signal.js';

export const FCM_SCOPE = 'https://www.googleapis.com/auth/firebase.messaging';
export const GOOGLE_TOKEN_URI = 'https://oauth2.googleapis.com/token';
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

const serviceAccountSchema = z.object({
  client_email: z.string().min(1),
  private_key: z.string().includes('PRIVATE KEY'),
  private_key_id: z.string().optional(),
  project_id: z.string().optional(),
  token_uri: z.string().optional(),
});

/** The fields of a service account key file (the JSON downloaded from the console) used here. */
export type ServiceAccount = z.infer<typeof serviceAccountSchema>;

export function parseServiceAccount(json: string): ServiceAccount {
  const parsed = serviceAccountSchema.safeParse(JSON.parse(json));
  if (!parsed.success) throw new Error(`invalid service account: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  return parsed.data;
}

/** The token endpoint refused or could not be reached. `retryable` says which. */
export class AccessTokenError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'AccessTokenError';
  }
}

export interface AccessTokenSource {
  get(signal?: AbortSignal): Promise<string>;
  /** The provider refused this token: the next get() fetches a new one. */
  invalidate(token: string): void;
}

export interface GoogleAccessTokenOptions {
  account: ServiceAccount;
  scope?: string;
  /** Overrides the account's token_uri (tests point it at a local server). */
  tokenUri?: string;
  /** Refresh this long before the token's expiry. */
  marginMs?: number;
  timeoutMs?: number;
  now?: () => number;
}

export class GoogleAccessToken implements AccessTokenSource {
  readonly tokenUri: string;
  private readonly now: () => number;
  private key: Promise<CryptoKey> | undefined;
  private cached: { token: string; expiresAtMs: number } | undefined;
  private inflight: Promise<string> | undefined;

  constructor(private readonly options: GoogleAccessTokenOptions) {
    this.tokenUri = options.tokenUri ?? options.account.token_uri ?? GOOGLE_TOKEN_URI;
    this.now = options.now ?? Date.now;
  }

  get(signal?: AbortSignal): Promise<string> {
    const c = this.cached;
    if (c && this.now() < c.expiresAtMs - (this.options.marginMs ?? 60_000)) return Promise.resolve(c.token);
    // The shared exchange ignores one caller's abort: others may still want its result.
    this.inflight ??= this.exchange().finally(() => (this.inflight = undefined));
    return signal ? raceAbort(this.inflight, signal) : this.inflight;
  }

  invalidate(token: string): void {
    if (this.cached?.token === token) this.cached = undefined;
  }

  /** The signed assertion (exported for tests and for debugging a refused exchange). */
  async assertion(): Promise<string> {
    const { account } = this.options;
    this.key ??= importPKCS8(account.private_key, 'RS256');
    const key = await this.key;
    const iat = Math.floor(this.now() / 1000);
    return new SignJWT({ scope: this.options.scope ?? FCM_SCOPE })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', ...(account.private_key_id ? { kid: account.private_key_id } : {}) })
      .setIssuer(account.client_email)
      .setAudience(this.tokenUri)
      .setIssuedAt(iat)
      .setExpirationTime(iat + 3600)
      .sign(key);
  }

  private async exchange(): Promise<string> {
    let assertion: string;
    try {
      assertion = await this.assertion();
    } catch (err) {
      throw new AccessTokenError(`cannot sign the assertion: ${failureReason(err)}`, false);
    }
    let res: Response;
    try {
      res = await fetch(this.tokenUri, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: JWT_BEARER, assertion }).toString(),
        signal: requestSignal(this.options.timeoutMs ?? 10_000),
      });
    } catch (err) {
      throw new AccessTokenError(`token endpoint unreachable: ${failureReason(err)}`, true);
    }
    const text = await res.text();
    if (!res.ok) {
      // invalid_grant and friends (400/401) are configuration problems; retrying won't help.
      const retryable = res.status === 429 || res.status >= 500;
      throw new AccessTokenError(`token endpoint answered ${res.status}: ${text.slice(0, 200)}`, retryable);
    }
    const body = tokenResponse.safeParse(safeJson(text));
    if (!body.success) throw new AccessTokenError('token endpoint answered without access_token', true);
    const expiresInS = body.data.expires_in ?? 3600;
    this.cached = { token: body.data.access_token, expiresAtMs: this.now() + expiresInS * 1000 };
    return body.data.access_token;
  }
}

const tokenResponse = z.object({ access_token: z.string().min(1), expires_in: z.number().positive().optional() });

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function raceAbort<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
