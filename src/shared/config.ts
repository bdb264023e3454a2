// The one place that reads the environment. Every setting, its default and its meaning is
// listed here and in README.md; the result is validated once and frozen.
import { z } from 'zod';

const seconds = (def: number) => z.coerce.number().int().positive().default(def);
const count = (def: number) => z.coerce.number().int().positive().default(def);
/** An optional setting; set but empty counts as unset. */
const optional = <T extends z.ZodType>(type: T) => z.preprocess((v) => (v === '' ? undefined : v), type.optional());

const schema = z.object({
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  NATS_URL: z.string().default('nats://127.0.0.1:4222'),
  DATABASE_URL: z.string().default('postgres://postgres@127.0.0.1:5432/postgres'),
  PG_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/).default('parley'),
  REDIS_URL: z.string().default('redis://127.0.0.1:6379'),
  PARLEY_PREFIX: z.string().regex(/^[a-z][a-z0-9_]{0,30}$/).default('parley'),
  JWT_SECRET: z.string().min(16).default('parley-dev-secret-change-me-in-production'),
  TOKEN_TTL_S: seconds(30 * 24 * 3600),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_TEXT_CHARS: z.coerce.number().int().positive().default(100_000),
  MAX_FRAME_BYTES: z.coerce.number().int().positive().default(512 * 1024),
  DEDUPE_WINDOW_S: seconds(120),
  FEED_MAX_AGE_S: seconds(30 * 24 * 3600),
  /** Retention of the device feed in bytes (0: no size limit); the oldest entries go first. */
  FEED_MAX_BYTES: z.coerce.number().int().min(0).default(0),
  /** Retention of message history (the CONV stream) in seconds; 0 keeps it forever, which replay needs. */
  CONV_MAX_AGE_S: z.coerce.number().int().min(0).default(0),
  /** Events per transaction in `parley replay` and `parley verify`. */
  REPLAY_BATCH: count(10_000),
  /** /readyz fails while a projector is more than this many events behind its stream. */
  READY_MAX_LAG: count(10_000),
  CATCHUP_BATCH: z.coerce.number().int().positive().default(1000),
  PROJECTOR_BATCH: z.coerce.number().int().positive().default(1000),
  HEARTBEAT_INTERVAL_MS: z.coerce.number().int().positive().default(5000),
  PRESENCE_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  PRESENCE_SWEEP_INTERVAL_MS: z.coerce.number().int().positive().default(1000),
  LAST_SEEN_TTL_S: seconds(90 * 24 * 3600),
  PRESENCE_WATCH_MAX_MEMBERS: z.coerce.number().int().min(2).default(100),
  PRESENCE_WATCH_REFRESH_S: seconds(60),
  TYPING_TIMEOUT_MS: z.coerce.number().int().positive().default(6000),
  TYPING_MIN_INTERVAL_MS: z.coerce.number().int().positive().default(2000),
  ARGON2_MEMORY_KIB: z.coerce.number().int().min(1024).default(19456),
  RECEIPT_FLUSH_MS: z.coerce.number().int().positive().default(1000),
  GROUP_MEMBER_LIMIT: z.coerce.number().int().min(2).default(100),
  FEED_COPY_LIMIT: z.coerce.number().int().min(2).default(100),
  NODE_ENV: z.string().default('development'),
  // Push notifications (src/push). Each provider is enabled only when configured.
  PUSH_WEBHOOK_URL: optional(z.url()),
  PUSH_WEBHOOK_SECRET: optional(z.string().min(16)),
  /** Service account key: the JSON itself, or the path of the file holding it. */
  PUSH_FCM_SERVICE_ACCOUNT: optional(z.string()),
  /** Defaults to the service account's project_id. */
  PUSH_FCM_PROJECT_ID: optional(z.string()),
  PUSH_FCM_BASE_URL: z.url().default('https://fcm.googleapis.com'),
  /** Defaults to the service account's token_uri. */
  PUSH_FCM_TOKEN_URI: optional(z.url()),
  /** The .p8 signing key: the PEM text itself, or the path of the file. */
  PUSH_APNS_KEY: optional(z.string()),
  PUSH_APNS_KEY_ID: optional(z.string()),
  PUSH_APNS_TEAM_ID: optional(z.string()),
  PUSH_APNS_BUNDLE_ID: optional(z.string()),
  PUSH_APNS_ENVIRONMENT: z.enum(['production', 'sandbox']).default('production'),
  /** Overrides the environment's host (tests use a local h2c server). */
  PUSH_APNS_ORIGIN: optional(z.url()),
  PUSH_RETRY_BASE_MS: count(1000),
  PUSH_RETRY_MAX_DELAY_MS: count(60_000),
  PUSH_RETRY_MAX_ATTEMPTS: count(5),
  PUSH_QUEUE_MAX: count(10_000),
  PUSH_CONCURRENCY: count(32),
  PUSH_TIMEOUT_MS: count(10_000),
  PUSH_TTL_S: seconds(24 * 3600),
  PUSH_PREVIEW_CHARS: count(120),
  // The notifier (parley notify): which messages become pushes.
  /** Messages handled per batch (one Postgres query and one Redis read per batch). */
  NOTIFY_BATCH: count(500),
  /** A message older than this when the notifier reaches it gets no push (after an outage). */
  NOTIFY_MAX_AGE_S: seconds(600),
  /** On shutdown, how long queued pushes and their retries may still go out. */
  NOTIFY_DRAIN_MS: z.coerce.number().int().min(0).default(5000),
});

export type Config = Readonly<z.infer<typeof schema>>;

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid configuration:\n${lines.join('\n')}`);
  }
  const config = parsed.data;
  const problems: string[] = [];
  if (config.NODE_ENV === 'production' && env.JWT_SECRET === undefined) problems.push('JWT_SECRET: required when NODE_ENV=production');
  // A client heartbeating on time must never be swept, and a user typing without pause must
  // be relayed again before watchers let the indicator expire.
  if (config.PRESENCE_TIMEOUT_MS <= config.HEARTBEAT_INTERVAL_MS) problems.push('PRESENCE_TIMEOUT_MS: must be longer than HEARTBEAT_INTERVAL_MS');
  if (config.TYPING_MIN_INTERVAL_MS >= config.TYPING_TIMEOUT_MS) problems.push('TYPING_MIN_INTERVAL_MS: must be shorter than TYPING_TIMEOUT_MS');
  problems.push(...pushConfigProblems(config));
  if (problems.length > 0) throw new Error(`invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return Object.freeze(config);
}

/** Push providers are all-or-nothing: half a configuration is a mistake, not "off". */
function pushConfigProblems(c: z.infer<typeof schema>): string[] {
  const problems: string[] = [];
  if ((c.PUSH_WEBHOOK_URL === undefined) !== (c.PUSH_WEBHOOK_SECRET === undefined)) {
    problems.push('PUSH_WEBHOOK_URL, PUSH_WEBHOOK_SECRET: set both or neither');
  }
  const apns = [c.PUSH_APNS_KEY, c.PUSH_APNS_KEY_ID, c.PUSH_APNS_TEAM_ID, c.PUSH_APNS_BUNDLE_ID];
  if (apns.some((v) => v !== undefined) && apns.some((v) => v === undefined)) {
    problems.push('PUSH_APNS_KEY, PUSH_APNS_KEY_ID, PUSH_APNS_TEAM_ID, PUSH_APNS_BUNDLE_ID: set all or none');
  }
  if (c.PUSH_FCM_SERVICE_ACCOUNT === undefined && c.PUSH_FCM_PROJECT_ID !== undefined) {
    problems.push('PUSH_FCM_PROJECT_ID: needs PUSH_FCM_SERVICE_ACCOUNT');
  }
  return problems;
}
