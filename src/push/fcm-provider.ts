// Firebase Cloud Messaging, HTTP v1 API: one POST per device, bearer OAuth2 access token.
import { classifyFcmResponse } from './classify-fcm-response.js';
import { fcmMessage } from './fcm-message.js';
import { AccessTokenError, type AccessTokenSource } from './google-access-token.js';
import type { PushNotification } from './push-notification.js';
import type { PushProvider, PushResult, PushTarget } from './push-provider.js';
import { failureReason, requestSignal } from './request-signal.js';

export const FCM_BASE_URL = 'https://fcm.googleapis.com';

export interface FcmProviderOptions {
  projectId: string;
  tokens: AccessTokenSource;
  /** Scheme and host of the API; tests point it at a local server. */
  baseUrl?: string;
  /** Lifetime of a message FCM holds for an offline device. */
  ttlS?: number;
  timeoutMs?: number;
  now?: () => number;
}

export class FcmProvider implements PushProvider {
  readonly kind = 'fcm';
  private readonly url: string;
  private readonly now: () => number;
  private closed = false;

  constructor(private readonly options: FcmProviderOptions) {
    const base = (options.baseUrl ?? FCM_BASE_URL).replace(/\/+$/, '');
    this.url = `${base}/v1/projects/${encodeURIComponent(options.projectId)}/messages:send`;
    this.now = options.now ?? Date.now;
  }

  async send(target: PushTarget, notification: PushNotification, signal?: AbortSignal): Promise<PushResult> {
    if (this.closed) return { status: 'retryable', reason: 'provider closed' };
    const body = JSON.stringify(fcmMessage(target.token, notification, this.options.ttlS ?? 86_400));
    // A 401 means our access token was revoked or expired early: one refresh, one retry.
    for (let refreshed = false; ; refreshed = true) {
      let token: string;
      try {
        token = await this.options.tokens.get(signal);
      } catch (err) {
        const reason = `access token: ${failureReason(err)}`;
        const permanent = err instanceof AccessTokenError && !err.retryable;
        return { status: permanent ? 'permanent' : 'retryable', reason };
      }
      let res: Response;
      let answer: unknown;
      try {
        res = await fetch(this.url, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json; charset=utf-8' },
          body,
          signal: requestSignal(this.options.timeoutMs ?? 10_000, signal),
        });
        answer = await res.json().catch(() => undefined);
      } catch (err) {
        return { status: 'retryable', reason: failureReason(err) };
      }
      const outcome = classifyFcmResponse(res.status, answer, res.headers.get('retry-after'), this.now());
      if (outcome.status !== 'unauthenticated') return outcome;
      if (refreshed) return { status: 'permanent', reason: outcome.reason };
      this.options.tokens.invalidate(token);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}
