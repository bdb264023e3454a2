// Password guessing: every login attempt for a username takes a token from that username's
// bucket (on this gateway), right or wrong, before the password hash is checked. Past the
// burst, attempts are refused (429 rate_limited) until the bucket refills: a guesser gets a
// few attempts a minute per gateway, the owner typing a wrong password a few times is not
// locked out for long. Usernames are compared case-insensitively here, so that case variants
// do not get separate budgets.
import { TokenBucket, type BucketPolicy } from './token-bucket.js';

const PRUNE_MS = 60_000;

export class LoginLimits {
  private readonly buckets = new Map<string, TokenBucket>();
  private readonly pruner: NodeJS.Timeout;

  constructor(
    private readonly policy: BucketPolicy,
    private readonly now: () => number = Date.now,
  ) {
    this.pruner = setInterval(() => this.prune(), PRUNE_MS);
    this.pruner.unref();
  }

  /** Takes one attempt for the username; false when it has none left. */
  allow(username: string): boolean {
    const key = username.toLowerCase();
    let b = this.buckets.get(key);
    if (!b) this.buckets.set(key, (b = new TokenBucket(this.policy, this.now())));
    return b.take(this.now());
  }

  private prune(): void {
    const at = this.now();
    for (const [key, b] of this.buckets) if (b.isFull(at)) this.buckets.delete(key);
  }

  close(): void {
    clearInterval(this.pruner);
  }
}
