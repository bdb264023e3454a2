// The database edge: the only module that imports pg. Everything else talks to Kysely.
// Every connection's search_path is the configured schema, so tests and tenants isolate
// themselves by schema and the queries stay unqualified.
import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
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
