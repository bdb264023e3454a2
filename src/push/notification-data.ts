import type { PushNotification } from './push-notification.js';

/** The app's key/values plus `count` when the notification stands for several. */
export function notificationData(n: PushNotification): Record<string, string> {
  return n.count !== undefined && n.count > 1 ? { ...n.data, count: String(n.count) } : { ...n.data };
}
