// WebSocket close codes. 4000-4099: do not reconnect with the same credentials.
// 4100-4199: reconnect (with backoff) and resume from the stored cursor.
export const CloseCode = {
  unauthenticated: 4001,
  tokenExpired: 4002,
  /** The device was revoked (signed out): its token will never work again. */
  deviceRevoked: 4003,
  /** Too many bad frames, or frames kept coming long after rate_limited. */
  policyViolation: 4008,
  /** The user already has MAX_CONNECTIONS_PER_USER open sockets on this gateway; this one is refused. */
  tooManyConnections: 4009,
  slowConsumer: 4100,
  catchUpIncomplete: 4101,
  shuttingDown: 4102,
  internal: 4103,
} as const;
