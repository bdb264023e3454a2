// Push through the operator's own HTTP endpoint: a JSON POST signed with a shared secret
// (see webhook-signature.ts for the scheme and how a receiver checks it).
import { classifyWebhookResponse } from './classify-http-response.js';
import type { PushNotification } from './push-notification.js';
import type { PushProvider, PushResult, PushTarget } from './push-provider.js';
import { failureReason, requestSignal } from './request-signal.js';
import { SIGNATURE_HEADER, signWebhookBody } from './webhook-signature.js';

export interface WebhookProviderOptions {
  url: string;
  /** HMAC key shared with the receiver. */
  secret: string;
  timeoutMs?: number;
  now?: () => number;
}

/** What the receiver gets. The same notification retried has the same body (only t changes). */
export interface WebhookBody {
  type: 'parley.push';
  target: { token: string; device_id?: string };
  notification: {
    user_id: string;
    conversation_id: string;
    message_id: string;
    title: string;
    body: string;
    badge?: number;
    sound?: string;
    collapse_key: string;
    count: number;
    data: Record<string, string>;
  };
}

export function webhookBody(target: PushTarget, n: PushNotification): WebhookBody {
  return {
    type: 'parley.push',
    target: { token: target.token, ...(target.deviceId === undefined ? {} : { device_id: target.deviceId }) },
    notification: {
      user_id: n.userId,
      conversation_id: n.conversationId,
      message_id: n.messageId,
      title: n.title,
      body: n.body,
      ...(n.badge === undefined ? {} : { badge: n.badge }),
      ...(n.sound === undefined ? {} : { sound: n.sound }),
      collapse_key: n.collapseKey,
      count: n.count ?? 1,
      data: { ...n.data },
    },
  };
}

export class WebhookProvider implements PushProvider {
  readonly kind = 'webhook';
  private readonly timeoutMs: number;
  private readonly now: () => number;
  private closed = false;

  constructor(private readonly options: WebhookProviderOptions) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  async send(target: PushTarget, notification: PushNotification, signal?: AbortSignal): Promise<PushResult> {
    if (this.closed) return { status: 'retryable', reason: 'provider closed' };
    const body = JSON.stringify(webhookBody(target, notification));
    const signature = signWebhookBody(body, this.options.secret, Math.floor(this.now() / 1000));
    try {
      const res = await fetch(this.options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'parley-push', [SIGNATURE_HEADER]: signature },
        body,
        redirect: 'manual',
        signal: requestSignal(this.timeoutMs, signal),
      });
      // Read the (small) answer so the connection goes back to the pool.
      await res.arrayBuffer();
      return classifyWebhookResponse(res.status, res.headers.get('retry-after'), this.now());
    } catch (err) {
      return { status: 'retryable', reason: failureReason(err) };
    }
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}
