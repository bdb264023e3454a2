// The APNs request for one device (Apple: "Sending notification requests to APNs").
import { createHash } from 'node:crypto';
import { notificationData } from './notification-data.js';
import type { PushNotification } from './push-notification.js';

export const APNS_PRODUCTION = 'https://api.push.apple.com';
export const APNS_SANDBOX = 'https://api.sandbox.push.apple.com';

/** APNs device tokens are hex; anything else is refused before it reaches a URL path. */
export function isApnsDeviceToken(token: string): boolean {
  return /^[0-9a-fA-F]{16,400}$/.test(token);
}

/** apns-collapse-id may be at most 64 bytes: longer keys are replaced by their hash. */
export function apnsCollapseId(key: string): string {
  if (Buffer.byteLength(key) <= 64) return key;
  return createHash('sha256').update(key).digest('base64url');
}

export interface ApnsRequestOptions {
  /** The app's bundle id. */
  topic: string;
  /** The provider token (ES256 JWT). */
  jwt: string;
  /** Unix seconds after which APNs stops trying to deliver. */
  expirationS: number;
}

export function apnsHeaders(deviceToken: string, n: PushNotification, o: ApnsRequestOptions): Record<string, string> {
  return {
    ':method': 'POST',
    ':path': `/3/device/${deviceToken}`,
    authorization: `bearer ${o.jwt}`,
    'apns-topic': o.topic,
    'apns-push-type': 'alert',
    'apns-priority': '10',
    'apns-collapse-id': apnsCollapseId(n.collapseKey),
    'apns-expiration': String(o.expirationS),
    'content-type': 'application/json',
  };
}

export interface ApnsPayload {
  aps: { alert: { title: string; body: string }; badge?: number; sound?: string; 'thread-id': string };
  [key: string]: unknown;
}

/** The app's data sits next to `aps` (a data key named "aps" is dropped, not allowed to replace it). */
export function apnsPayload(n: PushNotification): ApnsPayload {
  const { aps: _dropped, ...data } = notificationData(n);
  return {
    ...data,
    aps: {
      alert: { title: n.title, body: n.body },
      ...(n.badge === undefined ? {} : { badge: n.badge }),
      ...(n.sound === undefined ? {} : { sound: n.sound }),
      'thread-id': n.conversationId,
    },
  };
}
