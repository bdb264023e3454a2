// What `parley streams` shows (and /metrics' projector gauges use): Parley's streams with their
// size and retention, every consumer on them with what it has pending, each projector's
// position against the end of its stream and the process applying it, and the device feed
// (in Postgres, not a stream).
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager, type StreamInfo } from '@nats-io/jetstream';
import { sql } from 'kysely';
import type { Db } from '../shared/db.js';
import type { Names } from '../shared/names.js';
import { readModels } from '../projections/registry.js';
import { projectionHolders, type ProjectionHolder } from '../projections/runner.js';

export interface StreamStatus {
  name: string;
  subjects: string[];
  messages: number;
  bytes: number;
  firstSeq: number;
  lastSeq: number;
  firstTime: string | null;
  lastTime: string | null;
  /** Retention: 0 means unlimited. */
  maxAgeS: number;
  maxBytes: number;
  consumers: ConsumerStatus[];
}

export interface ConsumerStatus {
  name: string;
  durable: boolean;
  filter: string;
  /** Messages in the stream the consumer has not been given yet. */
  pending: number;
  /** Given but not acknowledged. */
  ackPending: number;
  /** Stream sequence of the last message given out. */
  deliveredSeq: number;
}

export interface ProjectorStatus {
  name: string;
  stream: string;
  checkpoint: number;
  lastSeq: number;
  /** Events in the stream the projector has not committed yet. */
  lag: number;
  /** The process applying it (the holder of its lock); null: none is. */
  appliedBy: ProjectionHolder | null;
}

export interface FeedStatus {
  /** The newest cursor given out. */
  high: number;
  /** Where the feed begins (entries below were dropped by retention; 0: none yet). */
  firstRetained: number;
  /** Entries held, as Postgres estimates them (its statistics, not a count). */
  entriesEstimate: number;
  /** Size of the feed's table with its indexes. */
  bytes: number;
  maxAgeS: number;
}

/** Parley's streams: its prefix's, and the KV and object buckets named after it. */
export async function streamStatus(nc: NatsConnection, names: Names): Promise<StreamStatus[]> {
  const jsm = await jetstreamManager(nc);
  const up = names.prefix.toUpperCase();
  const ours = (n: string) => n.startsWith(`${up}_`) || n.startsWith(`KV_${up}_`) || n.startsWith(`OBJ_${up}_`);
  const infos: StreamInfo[] = [];
  for await (const s of jsm.streams.list()) if (ours(s.config.name)) infos.push(s);
  infos.sort((a, b) => a.config.name.localeCompare(b.config.name));
  const out: StreamStatus[] = [];
  for (const s of infos) {
    const consumers: ConsumerStatus[] = [];
    for await (const c of jsm.consumers.list(s.config.name)) {
      consumers.push({
        name: c.name,
        durable: Boolean(c.config.durable_name),
        filter: c.config.filter_subject ?? '',
        pending: c.num_pending,
        ackPending: c.num_ack_pending,
        deliveredSeq: c.delivered.stream_seq,
      });
    }
    consumers.sort((a, b) => Number(b.durable) - Number(a.durable) || a.name.localeCompare(b.name));
    out.push({
      name: s.config.name,
      subjects: s.config.subjects ?? [],
      messages: s.state.messages,
      bytes: s.state.bytes,
      firstSeq: s.state.first_seq,
      lastSeq: s.state.last_seq,
      firstTime: s.state.messages > 0 ? s.state.first_ts : null,
      lastTime: s.state.messages > 0 ? s.state.last_ts : null,
      maxAgeS: Math.round(s.config.max_age / 1e9),
      maxBytes: s.config.max_bytes > 0 ? s.config.max_bytes : 0,
      consumers,
    });
  }
  return out;
}

/** Each read model's projector: its committed checkpoint against its stream's last sequence. */
export async function projectorStatus(nc: NatsConnection, db: Db, names: Names): Promise<ProjectorStatus[]> {
  const jsm = await jetstreamManager(nc);
  const rows = await db.selectFrom('projection_checkpoints').selectAll().execute();
  const holders = await projectionHolders(db, readModels.map((m) => m.name));
  const out: ProjectorStatus[] = [];
  const lastSeqs = new Map<string, number>();
  for (const m of readModels) {
    const stream = m.readOnly(names).stream;
    if (!lastSeqs.has(stream)) lastSeqs.set(stream, (await jsm.streams.info(stream)).state.last_seq);
    const lastSeq = lastSeqs.get(stream)!;
    const checkpoint = rows.find((r) => r.name === m.name)?.seq ?? 0;
    out.push({ name: m.name, stream, checkpoint, lastSeq, lag: Math.max(0, lastSeq - checkpoint), appliedBy: holders.get(m.name) ?? null });
  }
  return out;
}

/** The device feed (feed_entries and feed_high): its cursor range, size and retention. */
export async function feedStatus(db: Db, maxAgeS: number): Promise<FeedStatus> {
  const { rows } = await sql<{ high: number | null; first_retained: number | null; estimate: number; bytes: number }>`
    select (select high from feed_high where id = 1) as high,
      (select first_retained from feed_high where id = 1) as first_retained,
      greatest((select reltuples from pg_class where oid = 'feed_entries'::regclass), 0)::int8 as estimate,
      pg_total_relation_size('feed_entries')::int8 as bytes`.execute(db);
  const r = rows[0]!;
  return { high: r.high ?? 0, firstRetained: r.first_retained ?? 0, entriesEstimate: Number(r.estimate), bytes: Number(r.bytes), maxAgeS };
}
