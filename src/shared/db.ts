// The database edge: the only module that imports pg. Everything else talks to Kysely.
// Every connection's search_path is the configured schema, so tests and tenants isolate
// themselves by schema and the queries stay unqualified.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Kysely, PostgresDialect, sql, type PostgresPoolClient } from 'kysely';
import type { Config } from './config.js';
import type { UsersTables } from '../projections/users/tables.js';
import type { ConversationsTables } from '../projections/conversations/tables.js';
import type { CheckpointTables } from '../projections/checkpoints.js';
import type { MediaTables } from '../projections/media/tables.js';

// int8 (bigint) columns hold stream sequences and millisecond times: all well below 2^53.
pg.types.setTypeParser(20, (v: string) => Number(v));

export type Database = UsersTables & ConversationsTables & CheckpointTables & MediaTables;
export type Db = Kysely<Database>;

export function createDb(config: Config, opts: { schema?: string; max?: number } = {}): Db {
  const schema = opts.schema ?? config.PG_SCHEMA;
  const pool = new pg.Pool({
    connectionString: config.DATABASE_URL,
    max: opts.max ?? 10,
    options: `-c search_path=${schema}`,
  });
  // A client that loses its server must not crash the process. The pool's 'error' covers
  // idle clients; a checked-out client between two queries (a projector's transaction
  // waiting on NATS) has no listener of its own, and a Postgres restart there was an
  // uncaught exception. Its next query fails instead, and the batch is retried.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

export async function ensureSchema(db: Db, schema: string): Promise<void> {
  await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
}

export async function dropSchema(db: Db, schema: string): Promise<void> {
  await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db);
}

/** Rows written with COPY (a rebuild's bulk load), on the connection of the transaction in progress. */
export interface BulkWriter {
  /** Off once the rest goes in by plain inserts (a swap's last events, in its own transaction). */
  enabled: boolean;
  /** COPY table (columns) FROM STDIN; rows in COPY text format, one per line. */
  copy(table: string, columns: readonly string[], rows: string): Promise<void>;
}

export interface BulkConnection {
  /** Kysely over this one connection: its transactions and the COPYs are on the same session. */
  readonly db: Db;
  readonly bulk: BulkWriter;
  close(): Promise<void>;
}

/** One dedicated connection for a bulk load, where Kysely queries and COPY share the session. */
export async function bulkConnection(config: Config, schema: string): Promise<BulkConnection> {
  const client = new pg.Client({ connectionString: config.DATABASE_URL, options: `-c search_path=${schema}` });
  await client.connect();
  client.on('error', () => undefined);
  const shared: PostgresPoolClient = { query: client.query.bind(client) as PostgresPoolClient['query'], release: () => undefined };
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: { connect: async () => shared, end: async () => undefined } }) });
  const bulk: BulkWriter = {
    enabled: true,
    async copy(table, columns, rows) {
      const target = `${pg.escapeIdentifier(table)} (${columns.map((c) => pg.escapeIdentifier(c)).join(', ')})`;
      await pipeline(Readable.from([rows]), client.query(copyFrom(`copy ${target} from stdin`)));
    },
  };
  return {
    db,
    bulk,
    async close() {
      await db.destroy();
      await client.end();
    },
  };
}

/** A value in COPY text format: backslash, tab, newline and carriage return escaped. */
export function copyText(value: string): string {
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : value;
}

/** A text[] in COPY text format. */
export function copyTextArray(values: readonly string[]): string {
  if (values.length === 0) return '{}';
  return copyText(`{${values.map((v) => `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`);
}
