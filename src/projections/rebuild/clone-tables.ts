// Creates empty copies of a read model's tables in another schema, with the same columns,
// defaults, checks, constraints and index names as the live ones, so that tables moved back
// into the live schema are indistinguishable from migrated ones. Unique constraints and
// unique indexes are created at once (folds rely on them: ON CONFLICT); plain indexes are
// returned to be created after the bulk load, which is cheaper than maintaining them row by
// row.
import { sql, type Kysely } from 'kysely';

/** Runs in the caller's transaction. Returns the CREATE INDEX statements to run after the load. */
export async function cloneTables(db: Kysely<any>, from: string, to: string, tables: readonly string[]): Promise<string[]> {
  const deferred: string[] = [];
  await sql`create schema ${sql.id(to)}`.execute(db);
  for (const table of tables) {
    const src = sql`${sql.id(from)}.${sql.id(table)}`;
    const dst = sql`${sql.id(to)}.${sql.id(table)}`;
    await sql`create table ${dst} (like ${src} including defaults including constraints including generated including identity)`.execute(db);
    const { rows: constraints } = await sql<{ name: string; def: string }>`
      select conname as name, pg_get_constraintdef(oid) as def from pg_constraint
      where conrelid = ${`${from}.${table}`}::regclass and contype in ('p', 'u', 'x') order by conname`.execute(db);
    for (const c of constraints) await sql`alter table ${dst} add constraint ${sql.id(c.name)} ${sql.raw(c.def)}`.execute(db);
    const { unique, plain } = await indexesOf(db, from, to, table);
    for (const ddl of unique) await sql.raw(ddl).execute(db);
    deferred.push(...plain);
  }
  return deferred;
}

/** The plain (deferred) indexes of the tables, as statements that create them in `to` if missing. */
export async function deferredIndexes(db: Kysely<any>, from: string, to: string, tables: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const table of tables) out.push(...(await indexesOf(db, from, to, table)).plain);
  return out;
}

/** Indexes of from.table that no constraint owns, retargeted to `to`: unique ones and plain ones. */
async function indexesOf(db: Kysely<any>, from: string, to: string, table: string): Promise<{ unique: string[]; plain: string[] }> {
  const { rows } = await sql<{ def: string; unique: boolean }>`
    select pg_get_indexdef(i.indexrelid) as def, i.indisunique as unique from pg_index i
    where i.indrelid = ${`${from}.${table}`}::regclass
      and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid and c.conrelid = i.indrelid)
    order by i.indexrelid`.execute(db);
  const unique: string[] = [];
  const plain: string[] = [];
  for (const i of rows) (i.unique ? unique : plain).push(await retarget(db, i.def, from, to));
  return { unique, plain };
}

/** `CREATE [UNIQUE] INDEX name ON from.table ...` → `... IF NOT EXISTS name ON to.table ...`. */
async function retarget(db: Kysely<any>, def: string, from: string, to: string): Promise<string> {
  const { rows } = await sql<{ f: string; t: string }>`select quote_ident(${from}) as f, quote_ident(${to}) as t`.execute(db);
  const { f, t } = rows[0]!;
  const out = def.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX IF NOT EXISTS ').replace(` ON ${f}.`, ` ON ${t}.`).replace(` ON ONLY ${f}.`, ` ON ONLY ${t}.`);
  if (!out.includes(` ${t}.`)) throw new Error(`cannot retarget index definition: ${def}`);
  return out;
}
