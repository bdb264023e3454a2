// The providers the configuration enables, built once at start. Secrets given as paths are
// read here (config.ts only reads the environment).
import { readFile } from 'node:fs/promises';
import type { Config } from '../shared/config.js';
import { ApnsProvider } from './apns-provider.js';
import { APNS_PRODUCTION, APNS_SANDBOX } from './apns-request.js';
import { ApnsToken } from './apns-token.js';
import type { RetryPolicy } from './backoff.js';
import { FcmProvider } from './fcm-provider.js';
import { GoogleAccessToken, parseServiceAccount } from './google-access-token.js';
import type { PushProvider } from './push-provider.js';
import { WebhookProvider } from './webhook-provider.js';

/** The PUSH_* settings of the configuration. */
export type PushConfig = Pick<Config, Extract<keyof Config, `PUSH_${string}`>>;

/** An inline value (JSON object or PEM text) as it is, anything else as a file to read. */
async function inlineOrFile(value: string): Promise<string> {
  const v = value.trim();
  if (v.startsWith('{') || v.startsWith('-----BEGIN')) return v;
  return readFile(v, 'utf8');
}

/**
 * One provider per configured kind (none configured: an empty list). Fails at start on a
 * missing file, an unreadable service account or a key that cannot sign.
 */
export async function pushProvidersFromConfig(config: PushConfig): Promise<PushProvider[]> {
  const providers: PushProvider[] = [];
  const timeoutMs = config.PUSH_TIMEOUT_MS;
  const ttlS = config.PUSH_TTL_S;
  if (config.PUSH_WEBHOOK_URL !== undefined && config.PUSH_WEBHOOK_SECRET !== undefined) {
    providers.push(new WebhookProvider({ url: config.PUSH_WEBHOOK_URL, secret: config.PUSH_WEBHOOK_SECRET, timeoutMs }));
  }
  if (config.PUSH_FCM_SERVICE_ACCOUNT !== undefined) {
    const account = parseServiceAccount(await inlineOrFile(config.PUSH_FCM_SERVICE_ACCOUNT));
    const projectId = config.PUSH_FCM_PROJECT_ID ?? account.project_id;
    if (projectId === undefined) throw new Error('PUSH_FCM_PROJECT_ID: not set and the service account has no project_id');
    const tokenUri = config.PUSH_FCM_TOKEN_URI;
    const tokens = new GoogleAccessToken({ account, timeoutMs, ...(tokenUri === undefined ? {} : { tokenUri }) });
    providers.push(new FcmProvider({ projectId, tokens, baseUrl: config.PUSH_FCM_BASE_URL, ttlS, timeoutMs }));
  }
  if (
    config.PUSH_APNS_KEY !== undefined &&
    config.PUSH_APNS_KEY_ID !== undefined &&
    config.PUSH_APNS_TEAM_ID !== undefined &&
    config.PUSH_APNS_BUNDLE_ID !== undefined
  ) {
    const keyPem = await inlineOrFile(config.PUSH_APNS_KEY);
    const token = new ApnsToken({ keyPem, keyId: config.PUSH_APNS_KEY_ID, teamId: config.PUSH_APNS_TEAM_ID });
    // Sign once now, so a bad key fails at start rather than at the first push.
    await token.get();
    const origin = config.PUSH_APNS_ORIGIN ?? (config.PUSH_APNS_ENVIRONMENT === 'sandbox' ? APNS_SANDBOX : APNS_PRODUCTION);
    providers.push(new ApnsProvider({ origin, topic: config.PUSH_APNS_BUNDLE_ID, token, ttlS, timeoutMs }));
  }
  return providers;
}

/** The dispatcher's limits from the configuration (the rest of its options are wiring). */
export function dispatcherSettingsFromConfig(config: PushConfig): { retry: RetryPolicy; maxQueued: number; concurrency: number } {
  return {
    retry: {
      baseMs: config.PUSH_RETRY_BASE_MS,
      maxDelayMs: config.PUSH_RETRY_MAX_DELAY_MS,
      maxAttempts: config.PUSH_RETRY_MAX_ATTEMPTS,
    },
    maxQueued: config.PUSH_QUEUE_MAX,
    concurrency: config.PUSH_CONCURRENCY,
  };
}
