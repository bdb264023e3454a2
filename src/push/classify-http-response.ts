// What an HTTP status means for a push, when the provider says nothing more specific
// (the webhook; the fallback of FCM and APNs).
import type { PushResult } from './push-provider.js';
import { parseRetryAfter } from './retry-after.js';

/** Statuses worth another try: timeouts, throttling and server trouble. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

export function retryable(reason: string, retryAfter: string | null | undefined, nowMs: number): PushResult {
  const retryAfterMs = parseRetryAfter(retryAfter, nowMs);
  return retryAfterMs === undefined ? { status: 'retryable', reason } : { status: 'retryable', reason, retryAfterMs };
}

/**
 * The webhook's contract: 2xx accepted; 410 Gone means the receiver no longer knows this
 * target (drop the token); 408/425/429/5xx try again, honouring Retry-After; anything else
 * (including a redirect, which is not followed with a signed body) is permanent.
 */
export function classifyWebhookResponse(status: number, retryAfter: string | null, nowMs: number): PushResult {
  if (status >= 200 && status < 300) return { status: 'delivered' };
  if (status === 410) return { status: 'invalid_token', reason: 'http 410' };
  if (isRetryableStatus(status)) return retryable(`http ${status}`, retryAfter, nowMs);
  return { status: 'permanent', reason: `http ${status}` };
}
