// Collapsing: while a notification for a (user, conversation, device) waits or is being sent,
// a newer one for the same conversation replaces it and the count says how many it stands for.
import type { PushNotification } from './push-notification.js';
import type { PushTarget } from './push-provider.js';

export interface Collapsed {
  readonly notification: PushNotification;
  /** How many notifications this one stands for. */
  readonly count: number;
  /** Dispatch order: the larger is the newer, whatever order target look-ups finish in. */
  readonly seq: number;
}

/** The newer content wins, the counts add up; the order of the arguments does not matter. */
export function collapse(a: Collapsed | undefined, b: Collapsed): Collapsed {
  if (a === undefined) return b;
  const [older, newer] = a.seq <= b.seq ? [a, b] : [b, a];
  return { notification: newer.notification, count: older.count + newer.count, seq: newer.seq };
}

/** The notification as handed to a provider: with its count when it stands for several. */
export function withCount(c: Collapsed): PushNotification {
  return c.count > 1 ? { ...c.notification, count: c.count } : c.notification;
}

/** One delivery slot per user, conversation and device. NUL cannot occur in any part. */
export function slotKey(userId: string, conversationId: string, target: PushTarget): string {
  return `${userId}\0${conversationId}\0${target.kind}\0${target.token}`;
}
