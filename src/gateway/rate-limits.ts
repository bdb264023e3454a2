// Abuse limits of one gateway: token buckets for Send, MarkRead and Typing frames per connection
// and per user, and a cap on a user's open connections. (Send and MarkRead each append to the
// log; Heartbeat is already coalesced by the presence hub, Ack by the delivery reporter.) Everything is counted on this gateway only:
// the checks sit on the hot path of every frame, and a shared counter (Redis) would add a round
// trip to each Send. A user whose connections are spread over k gateways therefore gets up to
// k times the per-user budget and k times the connection cap; each connection's own budget is
// exact wherever it lands (see docs/guarantees.md (Part II)).
import { TokenBucket, type BucketPolicy } from './token-bucket.js';

export type LimitedKind = 'send' | 'markRead' | 'typing';
const KINDS: readonly LimitedKind[] = ['send', 'markRead', 'typing'];

function buckets(policy: Record<LimitedKind, BucketPolicy>, at: number): Record<LimitedKind, TokenBucket> {
  return { send: new TokenBucket(policy.send, at), markRead: new TokenBucket(policy.markRead, at), typing: new TokenBucket(policy.typing, at) };
}

export interface RateLimitPolicy {
  connection: Record<LimitedKind, BucketPolicy>;
  user: Record<LimitedKind, BucketPolicy>;
  maxConnectionsPerUser: number;
}

/**
 * ok: go ahead. limited: refuse this frame (Error{rate_limited}). abusive: refuse it and close
 * the connection: it kept sending long after being told to back off (more refusals in a row
 * than the bucket's burst, and at least MIN_ABUSE).
 */
export type Verdict = 'ok' | 'limited' | 'abusive';

const MIN_ABUSE = 100;
/** How often users with no connection and full buckets are forgotten. */
const PRUNE_MS = 30_000;

interface UserState {
  buckets: Record<LimitedKind, TokenBucket>;
  connections: number;
}

export class RateLimits {
  private readonly users = new Map<string, UserState>();
  private readonly pruner: NodeJS.Timeout;

  constructor(
    private readonly policy: RateLimitPolicy,
    private readonly now: () => number = Date.now,
  ) {
    this.pruner = setInterval(() => this.prune(), PRUNE_MS);
    this.pruner.unref();
  }

  private user(userId: string): UserState {
    let u = this.users.get(userId);
    if (!u) {
      const at = this.now();
      u = { buckets: buckets(this.policy.user, at), connections: 0 };
      this.users.set(userId, u);
    }
    return u;
  }

  /**
   * A new authenticated connection of the user: its limiter, or undefined when the user already
   * has maxConnectionsPerUser here (the new one is refused; the existing ones are kept, so an
   * attacker holding a stolen token cannot knock the owner's devices off by connecting).
   */
  connect(userId: string): ConnectionLimiter | undefined {
    const u = this.user(userId);
    if (u.connections >= this.policy.maxConnectionsPerUser) return undefined;
    u.connections++;
    let released = false;
    return new ConnectionLimiter(this.policy.connection, u.buckets, this.now, () => {
      if (released) return;
      released = true;
      u.connections--;
    });
  }

  /** One Send or MarkRead of the user outside a WebSocket (REST): the user's bucket only. */
  allowUser(userId: string, kind: LimitedKind): boolean {
    return this.user(userId).buckets[kind].take(this.now());
  }

  connectionsOf(userId: string): number {
    return this.users.get(userId)?.connections ?? 0;
  }

  private prune(): void {
    const at = this.now();
    for (const [id, u] of this.users) {
      if (u.connections === 0 && KINDS.every((k) => u.buckets[k].isFull(at))) this.users.delete(id);
    }
  }

  close(): void {
    clearInterval(this.pruner);
  }
}

export class ConnectionLimiter {
  private readonly own: Record<LimitedKind, TokenBucket>;
  private readonly refusedInARow: Record<LimitedKind, number> = { send: 0, markRead: 0, typing: 0 };

  constructor(
    private readonly policy: Record<LimitedKind, BucketPolicy>,
    private readonly userBuckets: Record<LimitedKind, TokenBucket>,
    private readonly now: () => number,
    /** Gives the connection's slot back (idempotent). */
    readonly release: () => void,
  ) {
    const at = now();
    this.own = buckets(policy, at);
  }

  /** Takes a token from the connection's and the user's bucket, or from neither. */
  allow(kind: LimitedKind): Verdict {
    const at = this.now();
    const own = this.own[kind];
    const user = this.userBuckets[kind];
    if (own.canTake(at) && user.canTake(at)) {
      own.take(at);
      user.take(at);
      this.refusedInARow[kind] = 0;
      return 'ok';
    }
    const refused = ++this.refusedInARow[kind];
    return refused > Math.max(this.policy[kind].burst, MIN_ABUSE) ? 'abusive' : 'limited';
  }
}
