// The sending side of typing indicators, as a pure decision: which Typing frames from a user
// in a conversation are relayed to the other members. An on is relayed when it starts typing
// or when the last relayed on is at least minIntervalMs old (a refresh, which keeps the
// watchers' indicator from expiring); more frequent ons are dropped silently. An off is
// relayed only if watchers still show the user typing (a relayed on younger than timeoutMs).

export interface TypingPolicy {
  /** At most one relayed on per user and conversation per this many ms. */
  minIntervalMs: number;
  /** Watchers show a relayed on for this long unless another on refreshes it. */
  timeoutMs: number;
}

/** What the sending gateway remembers of a user typing in a conversation. */
export interface TypingState {
  relayedAtMs: number;
}

export interface TypingDecision {
  relay: boolean;
  /** The state to keep; undefined: forget the pair. */
  next: TypingState | undefined;
}

export function decideTyping(prev: TypingState | undefined, on: boolean, nowMs: number, policy: TypingPolicy): TypingDecision {
  const shown = prev !== undefined && nowMs < prev.relayedAtMs + policy.timeoutMs;
  if (!on) return { relay: shown, next: undefined };
  if (shown && nowMs - prev.relayedAtMs < policy.minIntervalMs) return { relay: false, next: prev };
  return { relay: true, next: { relayedAtMs: nowMs } };
}

/** True once watchers have let the indicator expire: the state can be forgotten. */
export function typingExpired(state: TypingState, nowMs: number, policy: TypingPolicy): boolean {
  return nowMs >= state.relayedAtMs + policy.timeoutMs;
}
