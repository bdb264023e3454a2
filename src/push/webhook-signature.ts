// Signing webhook bodies, Stripe-style. The sender puts
//
//   Parley-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>
//
// on every POST. A receiver verifies it before parsing anything:
//   1. read the raw body bytes (not a re-serialised JSON object: one changed byte fails);
//   2. split the header on "," into key=value pairs; take t and every v1 (several v1 values
//      may come while a secret is being rotated);
//   3. compute HMAC-SHA256 with the shared secret over `${t}.` followed by the raw body, hex;
//   4. compare with each v1 in constant time (crypto.timingSafeEqual); one must match;
//   5. refuse when |now - t| is over the tolerance (5 minutes here): a captured request
//      cannot be replayed later, because changing t breaks the signature.
// verifyWebhookSignature below does exactly this.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'Parley-Signature';
export const DEFAULT_TOLERANCE_S = 300;

function mac(secret: string, timestampS: number, body: string | Uint8Array): Buffer {
  return createHmac('sha256', secret).update(`${timestampS}.`).update(body).digest();
}

/** The Parley-Signature header value for these exact body bytes. */
export function signWebhookBody(body: string | Uint8Array, secret: string, timestampS: number): string {
  return `t=${timestampS},v1=${mac(secret, timestampS, body).toString('hex')}`;
}

export type WebhookVerification =
  | { readonly ok: true; readonly timestampS: number }
  | { readonly ok: false; readonly reason: 'missing' | 'malformed' | 'stale' | 'mismatch' };

export interface VerifyOptions {
  /** Largest accepted distance between the signature's time and now, in seconds. */
  toleranceS?: number;
  nowMs?: number;
}

/**
 * Checks a Parley-Signature header against the raw body. `secrets` may list several (the new
 * and the old one while rotating); any of them may have signed.
 */
export function verifyWebhookSignature(
  body: string | Uint8Array,
  header: string | null | undefined,
  secrets: string | readonly string[],
  options: VerifyOptions = {},
): WebhookVerification {
  if (!header) return { ok: false, reason: 'missing' };
  let timestampS: number | undefined;
  const candidates: Buffer[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) return { ok: false, reason: 'malformed' };
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't' && /^\d{1,12}$/.test(value)) timestampS = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/.test(value)) candidates.push(Buffer.from(value, 'hex'));
  }
  if (timestampS === undefined || candidates.length === 0) return { ok: false, reason: 'malformed' };
  const toleranceS = options.toleranceS ?? DEFAULT_TOLERANCE_S;
  const nowS = Math.floor((options.nowMs ?? Date.now()) / 1000);
  if (Math.abs(nowS - timestampS) > toleranceS) return { ok: false, reason: 'stale' };
  for (const secret of typeof secrets === 'string' ? [secrets] : secrets) {
    const expected = mac(secret, timestampS, body);
    if (candidates.some((c) => timingSafeEqual(c, expected))) return { ok: true, timestampS };
  }
  return { ok: false, reason: 'mismatch' };
}
