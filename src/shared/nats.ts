// Connecting to NATS and declaring Parley's streams. The streams are designed for
// nats-server 2.9: one wildcard filter per consumer, no per-message TTL, no subject
// transforms. We refuse older servers and never rely on 2.10+ fields, which 2.9 would
// silently drop.
import { connect, type NatsConnection } from '@nats-io/transport-node';
import {
  DiscardPolicy,
  JetStreamApiError,
  RetentionPolicy,
  StorageType,
  jetstreamManager,
  type JetStreamManager,
  type StreamConfig,
} from '@nats-io/jetstream';
import { Kvm } from '@nats-io/kv';
import type { Config } from './config.js';
import type { Names } from './names.js';

const NANOS = 1_000_000_000;

/** NATS_URL split into its servers: every one goes to the client, which fails over between them. */
export function natsServers(url: string): string[] {
  return url.split(',').map((s) => s.trim()).filter(Boolean);
}

export async function connectNats(config: Config, name: string): Promise<NatsConnection> {
  const nc = await connect({
    servers: natsServers(config.NATS_URL),
    name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
    pingInterval: 10_000,
  });
  const version = nc.info?.version ?? '0.0.0';
  const [major = 0, minor = 0] = version.split('.').map(Number);
  if (major < 2 || (major === 2 && minor < 9)) {
    await nc.close();
    throw new Error(`nats-server ${version} is too old: Parley needs 2.9 or newer with JetStream`);
  }
  if (!nc.info?.jetstream) {
    await nc.close();
    throw new Error(`nats-server at ${config.NATS_URL} has JetStream disabled (start it with -js)`);
  }
  return nc;
}

export function streamConfigs(config: Config, names: Names): Array<Partial<StreamConfig> & { name: string }> {
  const common = {
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    discard: DiscardPolicy.Old,
    // On a cluster (STREAM_REPLICAS=3) a PubAck means a quorum of the replicas has the message.
    num_replicas: config.STREAM_REPLICAS,
    allow_direct: true,
  };
  return [
    {
      ...common,
      name: names.convStream,
      subjects: [names.convFilter],
      // Message history is kept forever by default: the read models rebuild from it. With a
      // limit, `parley replay` refuses to rebuild once the stream has lost its beginning.
      max_age: config.CONV_MAX_AGE_S * NANOS,
      duplicate_window: config.DEDUPE_WINDOW_S * NANOS,
    },
    {
      ...common,
      name: names.usersStream,
      subjects: names.usersSubjects,
      max_age: 0,
      duplicate_window: config.DEDUPE_WINDOW_S * NANOS,
    },
    {
      ...common,
      name: names.mediaStream,
      subjects: [names.mediaFilter],
      // The media read model rebuilds from it; a few events per media object.
      max_age: 0,
      duplicate_window: config.DEDUPE_WINDOW_S * NANOS,
    },
  ];
}

/** Creates the streams and buckets, or updates their configuration. Idempotent. */
export async function ensureStreams(nc: NatsConnection, config: Config, names: Names): Promise<void> {
  const jsm = await jetstreamManager(nc);
  for (const cfg of streamConfigs(config, names)) {
    await upsertStream(jsm, cfg);
  }
  await new Kvm(nc).create(names.cursorBucket, { history: 1, storage: StorageType.File, replicas: config.STREAM_REPLICAS });
}

async function upsertStream(jsm: JetStreamManager, cfg: Partial<StreamConfig> & { name: string }): Promise<void> {
  let existing;
  try {
    existing = await jsm.streams.info(cfg.name);
  } catch (err) {
    if (!(err instanceof JetStreamApiError && err.code === 10059)) throw err;
  }
  if (!existing) {
    await jsm.streams.add(cfg);
    return;
  }
  await jsm.streams.update(cfg.name, cfg);
}

export async function deleteStreams(nc: NatsConnection, config: Config, names: Names): Promise<void> {
  const jsm = await jetstreamManager(nc);
  for (const cfg of streamConfigs(config, names)) {
    await jsm.streams.delete(cfg.name).catch(() => undefined);
  }
  await jsm.streams.delete(names.legacyFeedStream).catch(() => undefined);
  await jsm.streams.delete(`KV_${names.cursorBucket}`).catch(() => undefined);
  await jsm.streams.delete(`OBJ_${names.mediaBucket}`).catch(() => undefined);
}
