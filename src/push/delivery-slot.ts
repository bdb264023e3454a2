// The life of one delivery slot (a user, a conversation, one device), as pure transitions:
// the dispatcher owns the timers and the I/O and asks these functions what comes next.
//
//   (none) --arrive--> queued --begin--> sending --settle--> (none) | queued | waiting
//   waiting --wake--> queued
//
// Arrivals collapse into what the slot holds. While a send is in flight its content cannot
// change, so a newer arrival waits in `next` and goes out after it: one device sees at most
// the request in flight plus one more, with the newest content.
import { attemptsLeft, retryDelay, type RetryPolicy } from './backoff.js';
import { collapse, type Collapsed } from './collapse.js';
import type { PushResult } from './push-provider.js';

export type Slot =
  | { readonly phase: 'queued'; readonly current: Collapsed; readonly attempt: number }
  | { readonly phase: 'sending'; readonly current: Collapsed; readonly attempt: number; readonly next?: Collapsed }
  | { readonly phase: 'waiting'; readonly current: Collapsed; readonly attempt: number; readonly delayMs: number };

export type SlotIn<P extends Slot['phase']> = Extract<Slot, { phase: P }>;

/** A notification that reached its end in this slot, and how. */
export interface Finished {
  readonly status: 'delivered' | 'permanent' | 'invalid_token' | 'gave_up';
  readonly collapsed: Collapsed;
  /** Attempts made for it (1 = the first try settled it). */
  readonly attempts: number;
  readonly reason?: string;
}

export function arrive(slot: Slot | undefined, incoming: Collapsed): Slot {
  if (slot === undefined) return { phase: 'queued', current: incoming, attempt: 0 };
  if (slot.phase === 'sending') {
    // Content older than what is on the wire is stale; it cannot replace anything.
    if (incoming.seq < slot.current.seq) return slot;
    return { ...slot, next: collapse(slot.next, incoming) };
  }
  // Queued or waiting for a retry: the newest content goes out instead, at the same time,
  // with the same attempt count (so an outage keeps backing off however many arrive).
  return { ...slot, current: collapse(slot.current, incoming) };
}

export function begin(slot: SlotIn<'queued'>): SlotIn<'sending'> {
  return { phase: 'sending', current: slot.current, attempt: slot.attempt };
}

export function wake(slot: SlotIn<'waiting'>): SlotIn<'queued'> {
  return { phase: 'queued', current: slot.current, attempt: slot.attempt };
}

export interface Settled {
  /** What the slot holds next; undefined: the slot is empty and goes away. */
  readonly slot: SlotIn<'queued'> | SlotIn<'waiting'> | undefined;
  readonly finished?: Finished;
}

export function settle(slot: SlotIn<'sending'>, result: PushResult, policy: RetryPolicy, random: () => number): Settled {
  const attempts = slot.attempt + 1;
  const { current, next } = slot;
  switch (result.status) {
    case 'delivered':
    case 'permanent': {
      const finished: Finished = { status: result.status, collapsed: current, attempts, ...reasonOf(result) };
      return { slot: next && { phase: 'queued', current: next, attempt: 0 }, finished };
    }
    case 'invalid_token': {
      // The device is gone: what was waiting behind goes nowhere either.
      const merged = next ? collapse(current, next) : current;
      return { slot: undefined, finished: { status: 'invalid_token', collapsed: merged, attempts, reason: result.reason } };
    }
    case 'retryable': {
      const merged = next ? collapse(current, next) : current;
      const delayMs = attemptsLeft(slot.attempt, policy)
        ? retryDelay(slot.attempt, result.retryAfterMs, policy, random)
        : undefined;
      if (delayMs === undefined) {
        return { slot: undefined, finished: { status: 'gave_up', collapsed: merged, attempts, reason: result.reason } };
      }
      return { slot: { phase: 'waiting', current: merged, attempt: attempts, delayMs } };
    }
  }
}

function reasonOf(result: PushResult): { reason?: string } {
  return result.status === 'delivered' ? {} : { reason: result.reason };
}

