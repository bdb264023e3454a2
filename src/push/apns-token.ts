// The APNs provider token: an ES256 JWT (kid = key id, iss = team id, iat) signed with the
// .p8 key. Apple refuses tokens older than an hour and throttles new ones made more often
// than every 20 minutes, so one is reused for 50 minutes.
import { importPKCS8, SignJWT, type CryptoKey } from 'jose';

export interface ApnsTokenOptions {
  /** The .p8 key's PEM text (PKCS #8, P-256). */
  keyPem: string;
  keyId: string;
  teamId: string;
  maxAgeMs?: number;
  now?: () => number;
}

export const APNS_TOKEN_MAX_AGE_MS = 50 * 60_000;

export class ApnsToken {
  private readonly now: () => number;
  private key: Promise<CryptoKey> | undefined;
  private cached: { jwt: string; issuedAtMs: number } | undefined;
  private inflight: Promise<string> | undefined;

  constructor(private readonly options: ApnsTokenOptions) {
    this.now = options.now ?? Date.now;
  }

  get(): Promise<string> {
    const c = this.cached;
    if (c && this.now() - c.issuedAtMs < (this.options.maxAgeMs ?? APNS_TOKEN_MAX_AGE_MS)) return Promise.resolve(c.jwt);
    this.inflight ??= this.sign().finally(() => (this.inflight = undefined));
    return this.inflight;
  }

  /** APNs said ExpiredProviderToken for this one: the next get() signs a new token. */
  invalidate(jwt: string): void {
    if (this.cached?.jwt === jwt) this.cached = undefined;
  }

  private async sign(): Promise<string> {
    this.key ??= importPKCS8(this.options.keyPem, 'ES256').catch((err: unknown) => {
      // WebCrypto rejects with a DOMException; callers get an Error that says what is wrong.
      const why = err instanceof Error || err instanceof DOMException ? err.message : String(err);
      throw new Error(`the APNs key is not a PKCS #8 P-256 key: ${why}`);
    });
    const key = await this.key;
    const issuedAtMs = this.now();
    const jwt = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES256', kid: this.options.keyId })
      .setIssuer(this.options.teamId)
      .setIssuedAt(Math.floor(issuedAtMs / 1000))
      .sign(key);
    this.cached = { jwt, issuedAtMs };
    return jwt;
  }
}
