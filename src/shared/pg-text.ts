// Postgres text cannot hold U+0000 (NUL): an insert with one fails, and a projector that fails
// on an event retries it forever, so one such string in the log would stall a read model for
// everybody. The edges refuse NUL (see validate.ts, send-message.ts); projectors still pass
// strings from the log through this, because the log may hold events from before that check.
// The replacement is deterministic, so a replay writes the same rows.

export function hasNul(s: string): boolean {
  return s.includes('\u0000');
}

/** The string with every NUL replaced by U+FFFD (the replacement character). */
export function pgText(s: string): string {
  return hasNul(s) ? s.replaceAll('\u0000', '\uFFFD') : s;
}
