// The public face of src/push: providers, the dispatcher, and the helpers receivers and
// tests need. Nothing outside src/push imports its other files.
export type { PushNotification, PushNotificationInput } from './push-notification.js';
export { pushNotification, truncatePreview, PREVIEW_CHARS } from './push-notification.js';
export type { PushProvider, PushResult, PushTarget, PushTargetKind } from './push-provider.js';
export { WebhookProvider, webhookBody, type WebhookBody, type WebhookProviderOptions } from './webhook-provider.js';
export {
  SIGNATURE_HEADER,
  signWebhookBody,
  verifyWebhookSignature,
  type WebhookVerification,
  type VerifyOptions,
} from './webhook-signature.js';
export { FcmProvider, FCM_BASE_URL, type FcmProviderOptions } from './fcm-provider.js';
export { fcmMessage, type FcmMessage } from './fcm-message.js';
export {
  GoogleAccessToken,
  AccessTokenError,
  parseServiceAccount,
  FCM_SCOPE,
  GOOGLE_TOKEN_URI,
  type AccessTokenSource,
  type GoogleAccessTokenOptions,
  type ServiceAccount,
} from './google-access-token.js';
export { ApnsProvider, type ApnsProviderOptions } from './apns-provider.js';
export { ApnsToken, APNS_TOKEN_MAX_AGE_MS, type ApnsTokenOptions } from './apns-token.js';
export { apnsHeaders, apnsPayload, apnsCollapseId, APNS_PRODUCTION, APNS_SANDBOX, type ApnsPayload } from './apns-request.js';
export {
  PushDispatcher,
  type PushDispatcherOptions,
  type PushOutcome,
  type DispatchReport,
  type CloseOptions,
} from './push-dispatcher.js';
export { pushProvidersFromConfig, dispatcherSettingsFromConfig, type PushConfig } from './push-providers.js';
export { backoffDelay, retryDelay, attemptsLeft, type RetryPolicy } from './backoff.js';
export { collapse, type Collapsed } from './collapse.js';
export { classifyWebhookResponse } from './classify-http-response.js';
export { classifyFcmResponse, type FcmOutcome } from './classify-fcm-response.js';
export { classifyApnsResponse, type ApnsOutcome } from './classify-apns-response.js';
export { parseRetryAfter } from './retry-after.js';
export { systemClock, type Clock, type Timer } from './clock.js';
