// One registry of error codes. Code is a stable string clients branch on; the registry maps
// it to an HTTP status. WebSocket Error frames carry the same code.
import { outageOf } from './outages.js';

export const errorCodes = {
  bad_request: 400,
  bad_frame: 400,
  unknown_frame: 400,
  frame_too_large: 413,
  text_too_long: 400,
  empty_message: 400,
  invalid_id: 400,
  unauthenticated: 401,
  token_expired: 401,
  forbidden: 403,
  not_member: 403,
  edit_window_closed: 403,
  delete_window_closed: 403,
  not_found: 404,
  conversation_not_found: 404,
  username_taken: 409,
  conflict: 409,
  last_admin: 409,
  member_limit_exceeded: 422,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  // Media (src/media, docs/media.md).
  too_large: 413,
  size_mismatch: 422,
  type_mismatch: 415,
  unsupported_type: 415,
  not_uploaded: 409,
  media_not_found: 404,
  media_not_ready: 409,
  media_not_allowed: 403,
  link_expired: 403,
  internal: 500,
  unsupported: 501,
  unavailable: 503,
  timeout: 504,
} as const;

export type ErrorCode = keyof typeof errorCodes;

export class ParleyError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ParleyError';
    this.code = code;
  }
  get status(): number {
    return errorCodes[this.code];
  }
}

/** Codes that say the server, not the request, failed: a retry may succeed. */
export const SERVER_SIDE: ReadonlySet<ErrorCode> = new Set(['internal', 'unavailable', 'timeout']);

/**
 * Anything thrown becomes a ParleyError: an outage of NATS, Postgres or Redis is
 * `unavailable` (retry later), anything else unknown is internal; both keep their cause.
 */
export function toParleyError(err: unknown): ParleyError {
  if (err instanceof ParleyError) return err;
  const down = outageOf(err);
  if (down) return new ParleyError('unavailable', `${down} is unavailable right now; retry shortly`, { cause: err });
  return new ParleyError('internal', 'internal error', { cause: err });
}
