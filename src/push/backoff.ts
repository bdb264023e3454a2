// When to try a failed push again. Pure: the random source comes in as an argument.

export interface RetryPolicy {
  /** Delay ceiling of the first retry; each further retry doubles it. */
  readonly baseMs: number;
  /** No wait is longer: the backoff stops growing here, and a longer Retry-After gives up. */
  readonly maxDelayMs: number;
  /** Attempts in all, the first one included. */
  readonly maxAttempts: number;
}

/**
 * Delay after the attempt numbered `attempt` (0 = the first) failed: exponential and capped,
 * with "equal jitter" (half fixed, half random) so that the devices of a provider outage do
 * not all come back in the same millisecond, yet none retries at once.
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * Delay before the next try after a retryable failure, or undefined to give up. A provider's
 * Retry-After is obeyed as it is (it knows when it will be ready); one longer than
 * maxDelayMs gives up, since a notification that late is not worth holding in memory.
 * The attempt budget is the caller's to check (see attemptsLeft).
 */
export function retryDelay(
  attempt: number,
  retryAfterMs: number | undefined,
  policy: RetryPolicy,
  random: () => number,
): number | undefined {
  if (retryAfterMs !== undefined) return retryAfterMs <= policy.maxDelayMs ? retryAfterMs : undefined;
  return backoffDelay(attempt, policy, random);
}

/** Whether another attempt is allowed after the attempt numbered `attempt` failed. */
export function attemptsLeft(attempt: number, policy: RetryPolicy): boolean {
  return attempt + 1 < policy.maxAttempts;
}
