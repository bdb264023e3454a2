// A token bucket: `burst` tokens at most, refilled at `ratePerS`. Time comes in as an argument,
// so the arithmetic is tested without clocks.
export interface BucketPolicy {
  ratePerS: number;
  burst: number;
}

export class TokenBucket {
  private tokens: number;
  private at: number;

  constructor(
    private readonly policy: BucketPolicy,
    nowMs: number,
  ) {
    this.tokens = policy.burst;
    this.at = nowMs;
  }

  /** Refills for the time passed since the last call. */
  private refill(nowMs: number): void {
    if (nowMs > this.at) {
      this.tokens = Math.min(this.policy.burst, this.tokens + ((nowMs - this.at) * this.policy.ratePerS) / 1000);
      this.at = nowMs;
    }
  }

  /** Whether one token is there; true also takes it. */
  canTake(nowMs: number): boolean {
    this.refill(nowMs);
    return this.tokens >= 1;
  }

  take(nowMs: number): boolean {
    if (!this.canTake(nowMs)) return false;
    this.tokens -= 1;
    return true;
  }

  /** Full again: nothing to remember about this bucket. */
  isFull(nowMs: number): boolean {
    this.refill(nowMs);
    return this.tokens >= this.policy.burst;
  }
}
