// The FCM HTTP v1 request body for one device
// (https://firebase.google.com/docs/reference/fcm/rest/v1/projects.messages).
import { apnsCollapseId } from './apns-request.js';
import { notificationData } from './notification-data.js';
import type { PushNotification } from './push-notification.js';

export interface FcmMessage {
  message: {
    token: string;
    notification: { title: string; body: string };
    data: Record<string, string>;
    android: {
      collapse_key: string;
      priority: 'HIGH';
      ttl: string;
      notification: { tag: string; notification_count?: number; sound?: string };
    };
    apns: {
      headers: Record<string, string>;
      payload: { aps: { 'thread-id': string; badge?: number; sound?: string } };
    };
  };
}

/** Keys FCM reserves in `data`: sending one makes the whole request fail. */
export function isReservedFcmKey(key: string): boolean {
  const k = key.toLowerCase();
  return k === 'from' || k === 'notification' || k === 'message_type' || k.startsWith('google') || k.startsWith('gcm');
}

export function fcmMessage(token: string, n: PushNotification, ttlS: number): FcmMessage {
  const data = Object.fromEntries(Object.entries(notificationData(n)).filter(([k]) => !isReservedFcmKey(k)));
  return {
    message: {
      token,
      notification: { title: n.title, body: n.body },
      data,
      android: {
        // collapse_key collapses what FCM stores for an offline device; the tag replaces
        // the notification already shown in the tray.
        collapse_key: n.collapseKey,
        priority: 'HIGH',
        ttl: `${ttlS}s`,
        notification: {
          tag: n.collapseKey,
          ...(n.badge === undefined ? {} : { notification_count: n.badge }),
          ...(n.sound === undefined ? {} : { sound: n.sound }),
        },
      },
      apns: {
        headers: { 'apns-collapse-id': apnsCollapseId(n.collapseKey), 'apns-priority': '10' },
        payload: {
          aps: {
            'thread-id': n.conversationId,
            ...(n.badge === undefined ? {} : { badge: n.badge }),
            ...(n.sound === undefined ? {} : { sound: n.sound }),
          },
        },
      },
    },
  };
}
