// Postgres text cannot hold U+0000 (NUL): an insert with one fails, and a projector that fails
// on an event retries it forever, so one such string in the log would stall a read model for
// everybody. The edges refuse NUL (see validate.ts, send-message.ts); projectors still pass
// strings from the log through this, because the log may hold events from before that check.
// The replacement is deterministic, so a replay writes the same rows.

export function hasNul(s: string): boolean {
  return s.includes('\u0000');
}

// ES2024 string methods, which Node 20 has; the project's lib is ES2023.
declare global {
  interface String {
    isWellFormed(): boolean;
    toWellFormed(): string;
  }
}

/**
 * The string with every NUL, and every lone surrogate, replaced by U+FFFD (the replacement
 * character). Decoded events hold no lone surrogates (protobufjs decodes UTF-8 strictly), but
 * a JSON parameter would carry one as an escape that Postgres refuses, so this guards the
 * JSON path; pg's own UTF-8 encoding replaced them the same way, so stored text is as before.
 */
export function pgText(s: string): string {
  const w = s.isWellFormed() ? s : s.toWellFormed();
  return hasNul(w) ? w.replaceAll('\u0000', '\uFFFD') : w;
}
