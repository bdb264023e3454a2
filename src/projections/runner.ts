// Runs one projection: reads its stream in order from the checkpoint stored in Postgres,
// applies events in batches, and writes the checkpoint in the same transaction. The
// checkpoint is the acknowledgement: an ordered (ephemeral) consumer restarts from it, so a
// crash replays exactly the uncommitted batch and nothing else, and no ack traffic is spent.
//
// One process at a time applies a projection: it holds a Postgres advisory lock named after
// the schema and the projection on the connection its transactions run on. Another process
// started with the same roles stands by and takes over from the checkpoint when the lock is
// free (the holder stopped, crashed, or lost its connection, which also ends its writes).
import { setTimeout as sleep } from 'node:timers/promises';
import type { NatsConnection } from '@nats-io/transport-node';
import { DeliverPolicy, jetstream, type JsMsg } from '@nats-io/jetstream';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database, Db } from '../shared/db.js';
import { decodeEvent, type Event } from '../shared/events.js';
import type { Logger } from '../shared/log.js';
import type { Names } from '../shared/names.js';
import { readCheckpoint } from './checkpoints.js';
import { batchHeaders } from './progress.js';

/** Pull requests expire after this; heartbeats come at HEARTBEAT_MS while one is open. */
const PULL_EXPIRES_MS = 5000;
const HEARTBEAT_MS = 1000;
/** How often a projector standing by asks for the lock again. */
const STANDBY_RETRY_MS = 1000;

export interface StoredEvent {
  seq: number;
  subject: string;
  timeMs: number;
  /** The stored bytes, for projections that copy events on (the feed fan-out). */
  data: Uint8Array;
  event: Event;
}

export interface Projection {
  readonly name: string;
  readonly stream: string;
  readonly filter: string;
  /** Prepares in-memory state; called before every (re)start. */
  init?(db: Db): Promise<void>;
  /** Applies a batch inside the transaction that also advances the checkpoint. Deterministic. */
  apply(tx: Kysely<Database>, batch: StoredEvent[]): Promise<void>;
  /** Forgets in-memory state after a failed batch (the transaction was rolled back). */
  reset?(): void;
  /** Runs after the batch's transaction committed, before the progress announcement. */
  afterCommit?(): void;
}

export interface ProjectorDeps {
  nc: NatsConnection;
  db: Db;
  names: Names;
  log: Logger;
  batchSize: number;
}

export interface RunningProjection {
  start(): Promise<void>;
  close(): Promise<void>;
  readonly position: number;
  /** Holds the projection's lock and applies events (false: standing by, or not started). */
  readonly active: boolean;
}

/** The lock's key: the pair form, so it cannot meet the rebuild's single-key locks. */
const LOCK_CLASS = sql`hashtext('parley projector')`;
const lockObject = (name: RawBuilder<unknown> | string) => sql`hashtext(current_schema() || '.' || ${name})`;
function lockKey(name: string) {
  return sql`${LOCK_CLASS}, ${lockObject(name)}`;
}

/**
 * The process applying a projection: the Postgres session that holds its lock. Of another
 * role's session Postgres shows the application name only (address and since are null).
 */
export interface ProjectionHolder {
  /** The session's application_name: `parley <host>:<pid>` (createDb). */
  application: string;
  /** The client's address; null over a Unix socket. */
  address: string | null;
  /** When the session started (ISO 8601). */
  since: string | null;
}

/**
 * Who holds each named projection's lock in this schema; a projection missing from the
 * answer is applied by no process (its read model stands still).
 */
export async function projectionHolders(db: Kysely<Database>, names: readonly string[]): Promise<Map<string, ProjectionHolder>> {
  // pg_locks shows a two-key advisory lock as classid, objid (each key as an oid) with objsubid 2.
  const { rows } = await sql<{ name: string; application: string; address: string | null; since: Date | null }>`
    select n.name, coalesce(a.application_name, '') as application, host(a.client_addr) as address, a.backend_start as since
    from unnest(${[...names]}::text[]) as n(name)
    join pg_locks l on l.locktype = 'advisory' and l.granted and l.objsubid = 2
      and l.database = (select oid from pg_database where datname = current_database())
      and l.classid = (${LOCK_CLASS})::oid and l.objid = (${lockObject(sql.ref('n.name'))})::oid
    join pg_stat_activity a on a.pid = l.pid`.execute(db);
  return new Map(rows.map((r) => [r.name, { application: r.application, address: r.address, since: r.since?.toISOString() ?? null }]));
}

async function tryLock(conn: Kysely<Database>, name: string): Promise<boolean> {
  // Should this process vanish without closing the connection (a network partition, a host
  // gone), the server notices within about 25 s instead of the system's default two hours,
  // and the lock passes to a process standing by. (A process that dies closes its socket:
  // the lock goes at once.)
  await sql.raw('set tcp_keepalives_idle = 10; set tcp_keepalives_interval = 5; set tcp_keepalives_count = 3').execute(conn);
  const { rows } = await sql<{ ok: boolean }>`select pg_try_advisory_lock(${lockKey(name)}) as ok`.execute(conn);
  return rows[0]?.ok === true;
}

async function unlock(conn: Kysely<Database>, name: string): Promise<void> {
  await sql`select pg_advisory_unlock(${lockKey(name)})`.execute(conn);
}

/**
 * Runs work in a transaction that also moves the checkpoint to seq. The statements are
 * sent in as few round trips as possible, which matters on a busy machine: BEGIN travels
 * with the SET, and the checkpoint with the COMMIT (simple-query protocol, so several
 * statements go in one message; both values are ours, a name and an integer).
 * synchronous_commit is off: read models are rebuilt from the log and the checkpoint
 * commits with the rows, so a commit lost in a Postgres crash is simply replayed.
 */
export async function inTransaction(db: Db, name: string, seq: number, work: (tx: Kysely<Database>) => Promise<void>): Promise<void> {
  if (!Number.isSafeInteger(seq) || !/^[a-z_]+$/.test(name)) throw new Error(`bad checkpoint ${name}=${seq}`);
  await db.connection().execute(async (conn) => {
    await sql.raw('begin; set local synchronous_commit = off').execute(conn);
    try {
      await work(conn);
      await sql
        .raw(
          `insert into projection_checkpoints (name, seq) values ('${name}', ${seq}) ` +
            `on conflict (name) do update set seq = excluded.seq; commit`,
        )
        .execute(conn);
    } catch (err) {
      await sql.raw('rollback').execute(conn).catch(() => undefined);
      throw err;
    }
  });
}

/**
 * Thrown by a projection's apply when the batch is to be applied again from the checkpoint
 * (the projection has changed how it applies it): the runner starts over at once and says so
 * as a warning, not as a failure.
 */
export class ApplyAgain extends Error {}

export function runProjection(deps: ProjectorDeps, projection: Projection): RunningProjection {
  const { nc, db, names, log, batchSize } = deps;
  const js = jetstream(nc);
  const plog = log.child({ projection: projection.name });
  let closed = false;
  let position = 0;
  let stopCurrent: (() => void) | undefined;
  let loop: Promise<void> | undefined;
  let active = false;
  let standingBy = false;
  let wake: (() => void) | undefined;

  async function applyBatch(conn: Kysely<Database>, msgs: JsMsg[]): Promise<void> {
    const batch: StoredEvent[] = [];
    for (const m of msgs) {
      if (m.seq <= position) continue; // redelivered after an ordered-consumer reset
      let event: Event;
      try {
        event = decodeEvent(m.data);
      } catch (err) {
        // Undecodable bytes can only come from a foreign publisher; skipping is deterministic.
        plog.warn({ seq: m.seq, subject: m.subject, err }, 'skipping undecodable event');
        continue;
      }
      batch.push({ seq: m.seq, subject: m.subject, timeMs: Math.floor(m.info.timestampNanos / 1e6), data: m.data, event });
    }
    const last = msgs[msgs.length - 1]!.seq;
    if (last <= position) return;
    const started = performance.now();
    await inTransaction(conn, projection.name, last, async (tx) => {
      if (batch.length > 0) await projection.apply(tx, batch);
    });
    const stats = {
      events: batch.length,
      transactionMs: performance.now() - started,
      ...(batch.length > 0 ? { oldestAgeMs: Math.max(0, Date.now() - batch[0]!.timeMs) } : {}),
    };
    position = last;
    projection.afterCommit?.();
    nc.publish(names.progressSubject(projection.name), String(last), { headers: batchHeaders(stats) });
  }

  /**
   * Holds the projection's lock on one connection and runs the consumer with it, or, when
   * another process holds it, waits a moment and returns (the caller asks again).
   */
  async function runOnce(): Promise<void> {
    await db.connection().execute(async (conn) => {
      if (!(await tryLock(conn, projection.name))) {
        if (!standingBy) plog.info('another process applies this projection; standing by');
        standingBy = true;
        await new Promise<void>((r) => {
          wake = r;
          setTimeout(r, STANDBY_RETRY_MS);
        });
        return;
      }
      if (standingBy) plog.info('took over the projection from its checkpoint');
      standingBy = false;
      active = true;
      try {
        await consume(conn);
      } finally {
        active = false;
        // Session locks outlive a transaction: let go before the connection goes back to the pool.
        await unlock(conn, projection.name).catch(() => undefined);
      }
    });
  }

  /** Reads the stream from the checkpoint and applies it in batches, on conn (holding the lock). */
  async function consume(conn: Kysely<Database>): Promise<void> {
    await projection.init?.(db);
    position = await readCheckpoint(conn, projection.name);
    const consumer = await js.consumers.get(projection.stream, {
      filter_subjects: projection.filter,
      deliver_policy: position > 0 ? DeliverPolicy.StartSequence : DeliverPolicy.All,
      ...(position > 0 ? { opt_start_seq: position + 1 } : {}),
    });
    const buffer: JsMsg[] = [];
    let flushing: Promise<void> | undefined;
    let failure: unknown;
    let stop = (): void => undefined;

    const flush = async (): Promise<void> => {
      // Let the messages already read from the socket join this batch.
      await new Promise((r) => setImmediate(r));
      try {
        while (buffer.length > 0 && failure === undefined) {
          await applyBatch(conn, buffer.splice(0, batchSize));
        }
      } catch (err) {
        failure = err;
        stop();
      } finally {
        flushing = undefined;
      }
    };

    // Short pulls with frequent heartbeats: the consumer is ephemeral and lives on one
    // server, so when that server dies (a cluster node, kill -9) the heartbeats stop. The
    // client's own recovery of an ordered consumer can stall for long after a leader change,
    // so two missed heartbeats end this run and the next one starts over from the checkpoint.
    // Messages come by callback: an async iterator costs several promise turns per message.
    // Pulls follow what arrives, not what is applied, so the buffer a slow batch lets grow is
    // what the iterator's queue would hold.
    const messages = await consumer.consume({
      max_messages: batchSize * 2,
      expires: PULL_EXPIRES_MS,
      idle_heartbeat: HEARTBEAT_MS,
      callback: (m) => {
        if (closed || failure !== undefined) return;
        buffer.push(m);
        flushing ??= flush();
      },
    });
    stop = () => void messages.stop();
    stopCurrent = stop;
    let stalled: string | undefined;
    void (async () => {
      for await (const s of messages.status()) {
        if (s.type === 'heartbeats_missed' || s.type === 'consumer_deleted' || s.type === 'stream_not_found') {
          stalled = s.type;
          stop();
          return;
        }
      }
    })().catch(() => undefined);
    const ended = await messages.closed();
    await flushing;
    if (failure !== undefined) throw failure;
    if (ended instanceof Error && !closed) throw ended;
    if (stalled !== undefined && !closed) throw new Error(`consumer of ${projection.stream} stalled (${stalled})`);
  }

  async function run(): Promise<void> {
    let backoff = 100;
    while (!closed) {
      try {
        await runOnce();
        backoff = 100;
      } catch (err) {
        if (closed) break;
        projection.reset?.();
        if (err instanceof ApplyAgain) {
          plog.warn(err.message);
          continue;
        }
        plog.error({ err }, 'projection failed; restarting from its checkpoint');
        await sleep(backoff);
        backoff = Math.min(backoff * 2, 5000);
      }
    }
  }

  return {
    async start() {
      loop = run();
    },
    async close() {
      closed = true;
      stopCurrent?.();
      wake?.();
      await loop;
    },
    get position() {
      return position;
    },
    get active() {
      return active;
    },
  };
}
