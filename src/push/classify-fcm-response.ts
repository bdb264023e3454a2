// What an FCM HTTP v1 answer means (https://firebase.google.com/docs/reference/fcm/rest/v1/ErrorCode).
import { isRetryableStatus, retryable } from './classify-http-response.js';
import type { PushResult } from './push-provider.js';

/** A PushResult, or "our access token was refused": refresh it and try once more. */
export type FcmOutcome = PushResult | { readonly status: 'unauthenticated'; readonly reason: string };

interface FcmErrorBody {
  error?: {
    status?: string;
    message?: string;
    details?: Array<{ '@type'?: string; errorCode?: string; fieldViolations?: Array<{ field?: string }> }>;
  };
}

const FCM_ERROR = 'type.googleapis.com/google.firebase.fcm.v1.FcmError';
const BAD_REQUEST = 'type.googleapis.com/google.rpc.BadRequest';

export function classifyFcmResponse(status: number, body: unknown, retryAfter: string | null, nowMs: number): FcmOutcome {
  if (status >= 200 && status < 300) {
    const name = (body as { name?: unknown } | undefined)?.name;
    return typeof name === 'string' ? { status: 'delivered', id: name } : { status: 'delivered' };
  }
  const error = (body as FcmErrorBody | undefined)?.error;
  const details = Array.isArray(error?.details) ? error.details : [];
  const errorCode = details.find((d) => d['@type'] === FCM_ERROR)?.errorCode ?? error?.status ?? '';
  const violations = details.filter((d) => d['@type'] === BAD_REQUEST).flatMap((d) => d.fieldViolations ?? []);
  const reason = `fcm ${status} ${errorCode}`.trim();

  // The APNs or web push credentials stored in the Firebase project were refused.
  if (errorCode === 'THIRD_PARTY_AUTH_ERROR') return { status: 'permanent', reason };
  if (status === 401) return { status: 'unauthenticated', reason };
  // Only FCM's own word drops a token: a bare 404 may be a wrong base URL or project id,
  // and SENDER_ID_MISMATCH is what every token says when the project is misconfigured.
  if (errorCode === 'UNREGISTERED') return { status: 'invalid_token', reason };
  if (status === 400 && errorCode === 'INVALID_ARGUMENT') {
    // INVALID_ARGUMENT covers both a bad token and a bad payload. A payload problem comes
    // with a google.rpc.BadRequest naming the field; a bad token comes with an FcmError
    // detail and no field (or with the field message.token). Dropping tokens on a payload
    // bug would unregister every device, so only that shape counts as a dead token.
    const tokenField = violations.some((v) => v.field === 'message.token');
    const otherField = violations.some((v) => v.field !== 'message.token');
    if (tokenField || (!otherField && details.some((d) => d['@type'] === FCM_ERROR))) return { status: 'invalid_token', reason };
    return { status: 'permanent', reason: `${reason} ${violations.map((v) => v.field).join(',')}`.trim() };
  }
  if (isRetryableStatus(status) || errorCode === 'QUOTA_EXCEEDED' || errorCode === 'UNAVAILABLE' || errorCode === 'INTERNAL') {
    return retryable(reason, retryAfter, nowMs);
  }
  return { status: 'permanent', reason };
}
