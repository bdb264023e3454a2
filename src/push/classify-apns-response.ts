// What an APNs answer means (Apple: "Handling notification responses from APNs").
import { isRetryableStatus, retryable } from './classify-http-response.js';
import type { PushResult } from './push-provider.js';

/** A PushResult, or "our provider token is too old": sign a new one and try once more. */
export type ApnsOutcome = PushResult | { readonly status: 'unauthenticated'; readonly reason: string };

/**
 * Tokens are dropped on 410 (Unregistered, ExpiredToken), 400 BadDeviceToken and
 * 400 DeviceTokenNotForTopic (a token of another app). Note that a sandbox token sent to the
 * production host (or the reverse) is also BadDeviceToken: a wrong PUSH_APNS_ENVIRONMENT
 * unregisters every iOS device it tries.
 */
export function classifyApnsResponse(
  status: number,
  reason: string | undefined,
  apnsId: string | undefined,
  retryAfter: string | null,
  nowMs: number,
): ApnsOutcome {
  if (status === 200) return apnsId ? { status: 'delivered', id: apnsId } : { status: 'delivered' };
  const why = `apns ${status} ${reason ?? ''}`.trim();
  if (status === 410) return { status: 'invalid_token', reason: why };
  if (status === 400 && (reason === 'BadDeviceToken' || reason === 'DeviceTokenNotForTopic')) {
    return { status: 'invalid_token', reason: why };
  }
  if (status === 403 && reason === 'ExpiredProviderToken') return { status: 'unauthenticated', reason: why };
  if (isRetryableStatus(status)) return retryable(why, retryAfter, nowMs);
  return { status: 'permanent', reason: why };
}
