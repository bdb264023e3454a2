// The database edge: the only module that imports pg. Everything else talks to Kysely.
// Every connection's search_path is the configured schema, so tests and tenants isolate
// themselves by schema and the queries stay unqualified.
import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { finished } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { CompiledQuery, Kysely, PostgresDialect, sql, type PostgresPoolClient, type RawBuilder } from 'kysely';
import type { Config } from './config.js';
import type { UsersTables } from '../projections/users/tables.js';
import type { ConversationsTables } from '../projections/conversations/tables.js';
import type { CheckpointTables } from '../projections/checkpoints.js';
import type { MediaTables } from '../projections/media/tables.js';

// int8 (bigint) columns hold stream sequences and millisecond times: all well below 2^53.
pg.types.setTypeParser(20, (v: string) => Number(v));

export type Database = UsersTables & ConversationsTables & CheckpointTables & MediaTables;
export type Db = Kysely<Database>;

/** `parley <host>:<pid>`, within Postgres' 63 bytes. */
const APPLICATION_NAME = `parley ${hostname()}:${process.pid}`.slice(0, 63);

/**
 * Statements that begin with this comment are prepared on each connection the first time it
 * runs them, under a name made from their text, and run by name after that: Postgres parses
 * them once per connection, and plans them once too when its generic plan is as good. Mark
 * only fixed statements run over and over, like the projectors' writes of every batch (a
 * statement whose text varies, such as an `in` list of a different length each time, would
 * leave a prepared statement on the server per variant).
 */
export const PREPARED = '/* prepared */ ';

/** A `sql` template whose statement is marked PREPARED. */
export function prepared<T = unknown>(strings: TemplateStringsArray, ...parameters: unknown[]): RawBuilder<T> {
  const parts = [PREPARED + strings[0]!, ...strings.slice(1)];
  return sql<T>(Object.assign(parts, { raw: parts }), ...parameters);
}

/** An array element Postgres reads unquoted: no delimiter, brace, quote, backslash or space. */
const PLAIN_ELEMENT = /^[A-Za-z0-9_.:-]+$/;
const NULL_WORD = /^null$/i;

/**
 * An array parameter of ids and integers as its literal text, `{a,b,NULL}`. pg writes every
 * element of an array quoted, through two regular expressions each, and Postgres then reads
 * the quotes back: for the feed entries of a batch (five arrays) that was about 0.7 µs per
 * row in Node and as much in Postgres (1,000-row batches, this machine). An array with any
 * other element (text that needs quoting, a fraction) is returned as it is, for pg to write.
 * Cast the parameter in the statement (`::text[]`, `::int8[]`).
 */
export function arrayLiteral(values: readonly (string | number | boolean | null)[]): string | readonly unknown[] {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? null;
    if (i > 0) out += ',';
    if (v === null) out += 'NULL';
    else if (typeof v === 'number' ? Number.isSafeInteger(v) : typeof v === 'boolean' || (PLAIN_ELEMENT.test(v) && !NULL_WORD.test(v))) out += v;
    else return values;
  }
  return `${out}}`;
}

const preparedNames = new Map<string, string>();
function preparedName(text: string): string {
  let name = preparedNames.get(text);
  if (name === undefined) preparedNames.set(text, (name = `parley_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`));
  return name;
}

/** A statement `COPY ... FROM STDIN` with this comment in front takes its rows from its one parameter (copyIn). */
const COPY_IN = '/* copy in */ ';

/**
 * pg's client, running the statements marked PREPARED by name (pg prepares a name once per
 * connection), and those marked COPY_IN as a COPY fed with their parameter.
 */
class PreparingClient extends pg.Client {
  override query(config: unknown, values?: unknown, callback?: unknown): never {
    const query = super.query as (...args: unknown[]) => never;
    if (typeof config === 'string' && typeof callback !== 'function') {
      if (config.startsWith(PREPARED)) return query.call(this, { name: preparedName(config), text: config, values });
      if (config.startsWith(COPY_IN)) {
        const stream = query.call(this, copyFrom(config)) as unknown as ReturnType<typeof copyFrom>;
        const rows = (values as readonly unknown[])[0] as string | Buffer;
        // 'finish' comes once the server has answered (pg-copy-streams holds it back until then).
        stream.end(rows);
        // Kysely reads a result's command, rowCount and rows.
        return finished(stream).then(() => ({ command: 'COPY', rowCount: stream.rowCount, rows: [] })) as never;
      }
    }
    return query.call(this, config, values, callback);
  }
}

/**
 * Rows into table by COPY, on db's connection (inside its transaction, if it is one): text
 * format, one row per line (copyText, copyTextArray). For a table with indexes, COPY costs
 * Postgres far less per row than an INSERT ... SELECT from JSON or arrays: no function scan,
 * no JSON, no executor per row (the projector's messages: 22 against 34 µs a row here). It
 * has no ON CONFLICT: a unique violation fails the statement (23505), and the transaction.
 * db must come from createDb or bulkConnection.
 */
export async function copyIn(db: Kysely<Database>, table: string, columns: readonly string[], rows: string): Promise<void> {
  const target = `${pg.escapeIdentifier(table)} (${columns.map((c) => pg.escapeIdentifier(c)).join(', ')})`;
  await db.executeQuery(CompiledQuery.raw(`${COPY_IN}copy ${target} from stdin`, [rows]));
}

/** The pool under each Db made here, for what Kysely cannot ask for (copyOut). */
const pools = new WeakMap<Db, pg.Pool>();

export function createDb(config: Config, opts: { schema?: string; max?: number } = {}): Db {
  const schema = opts.schema ?? config.PG_SCHEMA;
  const pool = new pg.Pool({
    Client: PreparingClient,
    connectionString: config.DATABASE_URL,
    max: opts.max ?? 10,
    options: `-c search_path=${schema}`,
    // Names the process in pg_stat_activity: `parley streams` shows who applies a projection.
    application_name: APPLICATION_NAME,
  });
  // A client that loses its server must not crash the process. The pool's 'error' covers
  // idle clients; a checked-out client between two queries (a projector's transaction
  // waiting on NATS) has no listener of its own, and a Postgres restart there was an
  // uncaught exception. Its next query fails instead, and the batch is retried.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  pools.set(db, pool);
  return db;
}

/**
 * A query's rows in COPY's binary format (`COPY (query) TO STDOUT (FORMAT binary)`; read them
 * with binaryCopyRows): bytea comes as its raw bytes. A plain query's bytea arrives as hex
 * text, twice its size, and Node turns it into a string and back; for a catch-up's pages that
 * was a quarter of the gateway's CPU. COPY takes no bind parameters, so the query's are
 * written into its text: numbers as numbers, strings quoted by pg (escapeLiteral). The query
 * must have no `$` of its own.
 */
export async function copyOut(db: Db, query: RawBuilder<unknown>): Promise<Buffer> {
  const pool = pools.get(db);
  if (!pool) throw new Error('copyOut needs a Db made by createDb');
  const compiled = query.compile(db);
  const text = compiled.sql.replace(/\$(\d+)/g, (_, n: string) => literal(compiled.parameters[Number(n) - 1]));
  const client = await pool.connect();
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of client.query(copyTo(`copy (${text}) to stdout (format binary)`))) chunks.push(chunk as Buffer);
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  } finally {
    client.release();
  }
}

function literal(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string') return pg.escapeLiteral(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  throw new Error(`copyOut cannot write a parameter of type ${typeof value}`);
}

/**
 * The fields of a binary COPY, row after row in one flat list (a row is `width` fields): each
 * field's bytes as a view into buf, or null. The format: an 11-byte signature, flags and a
 * header extension, then per row a 16-bit field count (-1 ends the data) and per field a
 * 32-bit length (-1: NULL) and the bytes.
 */
export function binaryCopyFields(buf: Buffer, width: number): Array<Buffer | null> {
  const out: Array<Buffer | null> = [];
  if (buf.length === 0) return out;
  let pos = 11 + 4;
  pos += 4 + buf.readInt32BE(pos);
  while (pos < buf.length) {
    const fields = buf.readInt16BE(pos);
    pos += 2;
    if (fields < 0) break;
    if (fields !== width) throw new Error(`a COPY row of ${fields} fields, expected ${width}`);
    for (let i = 0; i < fields; i++) {
      const len = buf.readInt32BE(pos);
      pos += 4;
      if (len < 0) {
        out.push(null);
      } else {
        out.push(buf.subarray(pos, pos + len));
        pos += len;
      }
    }
  }
  return out;
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
  const client = new PreparingClient({ connectionString: config.DATABASE_URL, options: `-c search_path=${schema}` });
  await client.connect();
  client.on('error', () => undefined);
  const shared: PostgresPoolClient = { query: client.query.bind(client) as PostgresPoolClient['query'], release: () => undefined };
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: { connect: async () => shared, end: async () => undefined } }) });
  const bulk: BulkWriter = {
    enabled: true,
    copy: (table, columns, rows) => copyIn(db, table, columns, rows),
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
