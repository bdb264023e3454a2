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
  /** One server, or a cluster's servers comma-separated (the client fails over between them). */
  NATS_URL: z.string().default('nats://127.0.0.1:4222'),
  /** Copies JetStream keeps of every stream: 1 on a single server, 3 on a 3-node cluster. */
  STREAM_REPLICAS: z.coerce.number().int().min(1).max(5).default(1),
  DATABASE_URL: z.string().default('postgres://postgres@127.0.0.1:5432/postgres'),
  PG_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/).default('parley'),
  REDIS_URL: z.string().default('redis://127.0.0.1:6379'),
  PARLEY_PREFIX: z.string().regex(/^[a-z][a-z0-9_]{0,30}$/).default('parley'),
  JWT_SECRET: z.string().min(16).default('parley-dev-secret-change-me-in-production'),
  TOKEN_TTL_S: seconds(30 * 24 * 3600),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_TEXT_CHARS: z.coerce.number().int().positive().default(100_000),
  MAX_FRAME_BYTES: z.coerce.number().int().positive().default(512 * 1024),
  /** Bytes a socket may have queued unsent (the client is not reading) before it is closed (4100). */
  MAX_BACKPRESSURE_BYTES: z.coerce.number().int().min(2 * 1024 * 1024).default(8 * 1024 * 1024),
  // Abuse limits (src/gateway/rate-limits.ts), counted on each gateway. Defaults sit far above
  // what the benchmarks and the SDK do (a group sender at ~100 msgs/s, bursts of a few hundred).
  SEND_RATE_PER_S: z.coerce.number().positive().default(200),
  SEND_BURST: count(2000),
  USER_SEND_RATE_PER_S: z.coerce.number().positive().default(400),
  USER_SEND_BURST: count(4000),
  TYPING_RATE_PER_S: z.coerce.number().positive().default(10),
  TYPING_BURST: count(50),
  USER_TYPING_RATE_PER_S: z.coerce.number().positive().default(20),
  USER_TYPING_BURST: count(100),
  MAX_CONNECTIONS_PER_USER: count(32),
  /** Login attempts per username (right or wrong): refill per minute, and burst. */
  LOGIN_ATTEMPTS_PER_MIN: z.coerce.number().positive().default(10),
  LOGIN_BURST: count(20),
  DEDUPE_WINDOW_S: seconds(120),
  /** How long the device feed keeps entries (0: forever); a device further behind resyncs. */
  FEED_MAX_AGE_S: z.coerce.number().int().min(0).default(30 * 24 * 3600),
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
  /**
   * How often a gateway writes the positions its connected devices acknowledged (one KV write
   * per device that moved). A device's position is also written when its last socket here
   * closes, so this only bounds what a gateway that dies unannounced had not written: its
   * devices resume from an older stored position, the entries in between are read again and
   * their deliveries recorded, nothing is lost. At one write per active device per second, a
   * gateway's positions would grow with its devices, not its messages: 50,000 devices that
   * each get a message a second would be 50,000 JetStream writes a second, more than this
   * machine stores in all (DESIGN.md: about 44,000).
   */
  POSITION_WRITE_MS: z.coerce.number().int().positive().default(10_000),
  GROUP_MEMBER_LIMIT: z.coerce.number().int().min(2).default(100),
  /**
   * A group with more members than this is large: no per-member feed copies. Each copy is a
   * feed row and a live publish per member per message (when copies were JetStream writes, a
   * 100-member group with copies at 510 msgs/s, 51,000 writes/s, could not keep up on this
   * box); followed, a message costs one write and one publish (README, "Benchmark").
   */
  FEED_COPY_LIMIT: z.coerce.number().int().min(2).default(32),
  // Message lifecycle (docs/lifecycle.md). Fixed into each message when it is sent.
  /** How long after sending the sender may edit a message (0: no limit). */
  EDIT_WINDOW_S: z.coerce.number().int().min(0).default(0),
  /** How long after sending the sender may delete a message for everyone (0: no limit); group admins have none. */
  DELETE_WINDOW_S: z.coerce.number().int().min(0).default(2 * 24 * 3600),
  NODE_ENV: z.string().default('development'),
  /** The built web client served at `/` (default: web/dist of this checkout). */
  WEB_DIR: optional(z.string()),
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
  // Media (src/media, docs/media.md).
  /** Where media bytes live: the JetStream object store (no extra server) or an S3-compatible store. */
  MEDIA_STORE: z.enum(['jetstream', 's3']).default('jetstream'),
  MEDIA_MAX_IMAGE_BYTES: count(16 * 1024 * 1024),
  MEDIA_MAX_VIDEO_BYTES: count(100 * 1024 * 1024),
  MEDIA_MAX_FILE_BYTES: count(100 * 1024 * 1024),
  /** Comma-separated content types a client may declare. */
  MEDIA_ALLOWED_TYPES: z
    .string()
    .default(
      'image/jpeg,image/png,image/gif,image/webp,video/mp4,video/webm,video/quicktime,application/pdf,application/zip,application/octet-stream,text/plain',
    )
    .transform((v) => v.split(',').map((t) => t.trim().toLowerCase()).filter((t) => t.length > 0)),
  /** Lifetime of upload targets and download URLs (presigned or gateway-signed). */
  MEDIA_URL_TTL_S: seconds(300),
  /** Media never attached to a message (or never uploaded) this long after its upload slot was handed out is deleted. */
  MEDIA_ORPHAN_AGE_S: seconds(24 * 3600),
  /** How often the media worker looks for orphans. */
  MEDIA_ORPHAN_SWEEP_S: seconds(300),
  /** HMAC key of gateway download URLs (JetStream store); defaults to one derived from JWT_SECRET. */
  MEDIA_URL_SECRET: optional(z.string().min(16)),
  /** Base of the gateway's media URLs (upload_url, download links), e.g. https://chat.example.com; unset: relative URLs. */
  MEDIA_PUBLIC_URL: optional(z.url().transform((u) => u.replace(/\/+$/, ''))),
  /** Longest side of an image's preview and thumbnail, in pixels. */
  MEDIA_PREVIEW_PX: count(1280),
  MEDIA_THUMBNAIL_PX: count(320),
  S3_ENDPOINT: optional(z.url()),
  S3_REGION: z.string().default('us-east-1'),
  S3_BUCKET: z.string().default('parley-media'),
  S3_ACCESS_KEY: optional(z.string()),
  S3_SECRET_KEY: optional(z.string()),
  /** Path-style URLs (http://host/bucket/key): MinIO and most self-hosted stores need them. */
  S3_PATH_STYLE: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** Objects above this size are uploaded by the server in parts of this size (S3's minimum is 5 MiB). */
  S3_PART_SIZE: z.coerce.number().int().min(5 * 1024 * 1024).default(64 * 1024 * 1024),
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
  if (config.MEDIA_STORE === 's3' && (config.S3_ENDPOINT === undefined || config.S3_ACCESS_KEY === undefined || config.S3_SECRET_KEY === undefined)) {
    problems.push('S3_ENDPOINT, S3_ACCESS_KEY, S3_SECRET_KEY: required when MEDIA_STORE=s3');
  }
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
