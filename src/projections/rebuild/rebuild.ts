// A rebuild of one read model: its tables are created empty in a scratch schema next to the
// live one (`<schema>_rebuild_<model>` for a replay, `<schema>_verify_<model>` for a verify),
// and its fold, in read-model-only mode, replays the stream into them. The scratch schema
// keeps its own checkpoint, so a rebuild that was interrupted resumes where it stopped.
import { sql, type Kysely } from 'kysely';
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { Config } from '../../shared/config.js';
import { bulkConnection, createDb, type BulkConnection, type BulkWriter, type Database, type Db } from '../../shared/db.js';
import type { Logger } from '../../shared/log.js';
import { namesFor } from '../../shared/names.js';
import { readCheckpoint } from '../checkpoints.js';
import type { ReadModel } from '../registry.js';
import { inTransaction, type Projection, type StoredEvent } from '../runner.js';
import { cloneTables, deferredDdl } from './clone-tables.js';
import { readRange } from './read-range.js';

export interface RebuildOptions {
  config: Config;
  nc: NatsConnection;
  log: Logger;
  /** Events per transaction. */
  batchSize: number;
  /** Called after every committed batch. */
  onProgress?: (p: Progress) => void;
  /** Stops after the batch in flight (Ctrl-C): the scratch schema keeps what was applied. */
  signal?: AbortSignal;
}

export interface Progress {
  model: string;
  /** Where this run started (0, or the checkpoint it resumed from). */
  from: number;
  position: number;
  target: number;
}

export type Purpose = 'rebuild' | 'verify';

/** Postgres silently truncates longer identifiers, which would merge two schemas' names. */
const MAX_IDENT = 63;

export class Rebuild {
  readonly schema: string;
  readonly live: string;
  /** search_path = the scratch schema: the fold's unqualified queries write the new tables. */
  readonly scratch: Db;
  private readonly liveDb: Db;
  private readonly projection: Projection;
  /** The bulk load's own connection (COPY and its transactions), opened on the first fold. */
  private bulkConn: BulkConnection | undefined;
  /** Forwards to the bulk connection's writer once it is open. */
  private readonly bulk: BulkWriter;
  private readonly stream: string;
  private readonly filter: string;
  private stopped = false;
  /** Tables loaded by COPY without constraints (ReadModel.bulkLoaded). */
  private readonly bare: ReadonlySet<string>;

  constructor(
    private readonly opts: RebuildOptions,
    readonly model: ReadModel,
    purpose: Purpose,
  ) {
    this.live = opts.config.PG_SCHEMA;
    this.schema = `${this.live}_${purpose}_${model.name}`;
    if (this.schema.length > MAX_IDENT) throw new Error(`scratch schema name ${this.schema} is longer than ${MAX_IDENT} characters; use a shorter PG_SCHEMA`);
    this.scratch = createDb(opts.config, { schema: this.schema, max: 2 });
    this.liveDb = createDb(opts.config, { max: 2 });
    // A fresh fold, with an empty state cache, for every rebuild.
    this.bare = new Set(Object.keys(model.bulkLoaded ?? {}));
    const self = this;
    this.bulk = {
      enabled: true,
      copy(table, columns, rows) {
        if (!self.bulkConn) throw new Error('no bulk connection');
        return self.bulkConn.bulk.copy(table, columns, rows);
      },
    };
    this.projection = model.readOnly(namesFor(opts.config.PARLEY_PREFIX), this.bulk);
    this.stream = this.projection.stream;
    this.filter = this.projection.filter;
    opts.signal?.addEventListener('abort', () => (this.stopped = true), { once: true });
  }

  /** True once an abort asked this rebuild to stop. */
  get interrupted(): boolean {
    return this.stopped;
  }

  async exists(): Promise<boolean> {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_namespace where nspname = ${this.schema}`.execute(this.liveDb);
    return rows[0]!.n > 0;
  }

  /** Creates the scratch schema with empty tables, or finds the one an earlier run left. Returns the position to resume from. */
  async prepare(): Promise<number> {
    await this.claim();
    if (!(await this.exists())) {
      // One transaction: a crash leaves either no schema or a complete one.
      await this.liveDb.transaction().execute(async (tx) => {
        await cloneTables(tx, this.live, this.schema, this.model.tables, this.bare);
        await sql`create table ${sql.id(this.schema)}.projection_checkpoints (like ${sql.id(this.live)}.projection_checkpoints including all)`.execute(tx);
      });
    }
    await this.projection.init?.(this.scratch);
    return readCheckpoint(this.scratch, this.model.name);
  }

  async position(): Promise<number> {
    return readCheckpoint(this.scratch, this.model.name);
  }

  /** The live projector's committed position (read through conn, when given: inside its transaction). */
  async liveCheckpoint(conn: Kysely<any> = this.liveDb): Promise<number> {
    const { rows } = await sql<{ seq: number }>`
      select seq from ${sql.id(this.live)}.projection_checkpoints where name = ${this.model.name}`.execute(conn);
    return rows[0]?.seq ?? 0;
  }

  /**
   * Refuses to rebuild from a stream that has lost its beginning to retention: the rebuilt
   * tables would silently miss what the live ones still hold.
   */
  async checkStreamIsWhole(): Promise<{ first: number; last: number }> {
    const jsm = await jetstreamManager(this.opts.nc);
    const { state } = await jsm.streams.info(this.stream);
    if (state.messages > 0 && state.first_seq > 1) {
      throw new Error(`stream ${this.stream} starts at ${state.first_seq}: events before it were removed (retention), so ${this.model.name} cannot be rebuilt from it`);
    }
    return { first: state.first_seq, last: state.last_seq };
  }

  /** Folds the stream up to target, in transactions of batchSize events. Returns the position reached (less on an abort). */
  async foldTo(target: number): Promise<number> {
    const from = await this.position();
    let position = from;
    if (target <= position || this.stopped) return position;
    const js = jetstream(this.opts.nc);
    const range = { stream: this.stream, filter: this.filter, after: position, upTo: target, batchSize: this.opts.batchSize };
    const db = (await this.claim()).db;
    const apply = (events: StoredEvent[], last: number) =>
      inTransaction(db, this.model.name, last, async (tx) => {
        if (events.length > 0) await this.projection.apply(tx, events);
      });
    try {
      for await (const { events, last } of readRange(js, range, this.opts.log)) {
        await apply(events, last);
        position = last;
        this.opts.onProgress?.({ model: this.model.name, from, position, target });
        if (this.stopped) break;
      }
    } catch (err) {
      this.projection.reset?.();
      throw err;
    }
    return position;
  }

  /**
   * Applies (position, upTo] inside the caller's transaction (the swap and the verify
   * snapshot) and moves the scratch checkpoint with it. On failure the caller rolls back and
   * the fold's in-memory state is forgotten.
   */
  async foldInside(conn: Kysely<Database>, upTo: number): Promise<number> {
    // COPY runs on the bulk connection, not in this transaction: plain inserts from here on.
    this.bulk.enabled = false;
    const position = await readCheckpoint(conn, this.model.name);
    if (upTo <= position) return position;
    const js = jetstream(this.opts.nc);
    const range = { stream: this.stream, filter: this.filter, after: position, upTo, batchSize: this.opts.batchSize };
    try {
      for await (const { events } of readRange(js, range, this.opts.log)) {
        if (events.length > 0) await this.projection.apply(conn, events);
      }
      await sql`insert into projection_checkpoints (name, seq) values (${this.model.name}, ${upTo})
        on conflict (name) do update set seq = excluded.seq`.execute(conn);
    } catch (err) {
      this.projection.reset?.();
      throw err;
    }
    return upTo;
  }

  /** Forgets the fold's in-memory state (after a rolled-back transaction). */
  resetFold(): void {
    this.projection.reset?.();
  }

  /**
   * Adds what the bulk load left out (constraints of bulk-loaded tables, plain indexes) and
   * refreshes the planner's statistics. Idempotent, so an interrupted finish reruns. A unique
   * constraint that fails on a bulk-loaded table runs its dedupe (repeats the live fold
   * refused), then is added again.
   */
  async finishTables(): Promise<void> {
    const codes = (err: unknown) => (err as { code?: string }).code;
    // One session, with room to sort an index build in memory instead of on disk.
    const db = (await this.claim()).db;
    await sql`set maintenance_work_mem = '256MB'`.execute(db);
    for (const ddl of await deferredDdl(this.liveDb, this.live, this.schema, this.model.tables, this.bare)) {
      try {
        await sql.raw(ddl).execute(db);
      } catch (err) {
        // 42P07/42P16/42710: already there (a finish that was interrupted).
        if (['42P07', '42P16', '42710'].includes(codes(err) ?? '')) continue;
        if (codes(err) !== '23505') throw err;
        for (const { dedupe } of Object.values(this.model.bulkLoaded ?? {})) await sql.raw(dedupe).execute(db);
        await sql.raw(ddl).execute(db);
      }
    }
    for (const t of this.model.tables) await sql`analyze ${sql.id(this.schema)}.${sql.id(t)}`.execute(db);
  }

  /**
   * Opens the rebuild's own session and takes an advisory lock named after its scratch
   * schema for as long as the session lives: two replays (or verifies) of the same read
   * model would otherwise write the same scratch tables.
   */
  private async claim(): Promise<BulkConnection> {
    if (this.bulkConn) return this.bulkConn;
    const conn = await bulkConnection(this.opts.config, this.schema);
    const { rows } = await sql<{ ok: boolean }>`select pg_try_advisory_lock(hashtext(${this.schema})) as ok`.execute(conn.db);
    if (!rows[0]?.ok) {
      await conn.close();
      throw new Error(`another rebuild into ${this.schema} is running`);
    }
    this.bulkConn = conn;
    return conn;
  }

  async drop(): Promise<void> {
    await this.claim();
    await sql`drop schema if exists ${sql.id(this.schema)} cascade`.execute(this.liveDb);
  }

  async close(): Promise<void> {
    await this.bulkConn?.close();
    await this.scratch.destroy();
    await this.liveDb.destroy();
  }
}
