// The contract every push adapter (webhook, FCM, APNs) fulfils. An adapter makes one attempt
// and says what happened; retrying, collapsing and dropping tokens are the dispatcher's job.
import type { PushNotification } from './push-notification.js';

export type PushTargetKind = 'webhook' | 'fcm' | 'apns';

/** One registered device of a user: which provider reaches it and with which token. */
export interface PushTarget {
  readonly kind: PushTargetKind;
  /** FCM registration token, APNs device token (hex), or the webhook receiver's own id. */
  readonly token: string;
  readonly deviceId?: string;
}

/**
 * The result of one attempt.
 * - delivered: the provider accepted it (`id`: the provider's message id, when it gives one).
 * - retryable: try again later; `retryAfterMs` when the provider said how long to wait.
 * - permanent: this notification will never go through (bad payload, bad credentials);
 *   the token may still be fine.
 * - invalid_token: the token is dead (uninstalled app, wrong app, garbage): drop it.
 */
export type PushResult =
  | { readonly status: 'delivered'; readonly id?: string }
  | { readonly status: 'retryable'; readonly reason: string; readonly retryAfterMs?: number }
  | { readonly status: 'permanent'; readonly reason: string }
  | { readonly status: 'invalid_token'; readonly reason: string };

export interface PushProvider {
  readonly kind: PushTargetKind;
  /**
   * One attempt. Never throws for what the provider answered or for network trouble (both
   * come back as a result); `signal` aborts the request (then the result is retryable).
   */
  send(target: PushTarget, notification: PushNotification, signal?: AbortSignal): Promise<PushResult>;
  /** Releases connections. Sends after close are refused as retryable. */
  close(): Promise<void>;
}
