// Creates empty copies of a read model's tables in another schema, with the same columns,
// defaults, checks, constraints and index names as the live ones, so that tables moved back
// into the live schema are indistinguishable from migrated ones. Constraints and unique
// indexes are created at once (folds rely on them: ON CONFLICT), except on bulk-loaded
// tables, which start bare; plain indexes, and everything of a bulk-loaded table, come after
// the load, which is cheaper than maintaining them row by row.
import { sql, type Kysely } from 'kysely';

interface TableDdl {
  /** ALTER TABLE ... ADD CONSTRAINT (primary keys, unique and exclusion constraints). */
  constraints: string[];
  /** CREATE UNIQUE INDEX IF NOT EXISTS, for unique indexes no constraint owns. */
  unique: string[];
  /** CREATE INDEX IF NOT EXISTS. */
  plain: string[];
}

/** Runs in the caller's transaction. bare: the tables created without constraints or indexes. */
export async function cloneTables(db: Kysely<any>, from: string, to: string, tables: readonly string[], bare: ReadonlySet<string>): Promise<void> {
  await sql`create schema ${sql.id(to)}`.execute(db);
  for (const table of tables) {
    const src = sql`${sql.id(from)}.${sql.id(table)}`;
    await sql`create table ${sql.id(to)}.${sql.id(table)} (like ${src} including defaults including constraints including generated including identity)`.execute(db);
    if (bare.has(table)) continue;
    const ddl = await tableDdl(db, from, to, table);
    for (const s of [...ddl.constraints, ...ddl.unique]) await sql.raw(s).execute(db);
  }
}

/** What cloneTables left for after the load, in order: constraints, unique indexes, plain indexes. */
export async function deferredDdl(db: Kysely<any>, from: string, to: string, tables: readonly string[], bare: ReadonlySet<string>): Promise<string[]> {
  const out: string[] = [];
  for (const table of tables) {
    const ddl = await tableDdl(db, from, to, table);
    if (bare.has(table)) out.push(...ddl.constraints, ...ddl.unique);
    out.push(...ddl.plain);
  }
  return out;
}

async function tableDdl(db: Kysely<any>, from: string, to: string, table: string): Promise<TableDdl> {
  const { rows: q } = await sql<{ f: string; t: string }>`select quote_ident(${from}) as f, quote_ident(${to}) as t`.execute(db);
  const { f, t } = q[0]!;
  const { rows: constraints } = await sql<{ name: string; def: string }>`
    select quote_ident(conname) as name, pg_get_constraintdef(oid) as def from pg_constraint
    where conrelid = ${`${from}.${table}`}::regclass and contype in ('p', 'u', 'x') order by conname`.execute(db);
  const { rows: indexes } = await sql<{ def: string; unique: boolean }>`
    select pg_get_indexdef(i.indexrelid) as def, i.indisunique as unique from pg_index i
    where i.indrelid = ${`${from}.${table}`}::regclass
      and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid and c.conrelid = i.indrelid)
    order by i.indexrelid`.execute(db);
  const { rows: ident } = await sql<{ q: string }>`select quote_ident(${table}) as q`.execute(db);
  const out: TableDdl = {
    constraints: constraints.map((c) => `alter table ${t}.${ident[0]!.q} add constraint ${c.name} ${c.def}`),
    unique: [],
    plain: [],
  };
  for (const i of indexes) (i.unique ? out.unique : out.plain).push(retarget(i.def, f, t));
  return out;
}

/** `CREATE [UNIQUE] INDEX name ON from.table ...` → `... IF NOT EXISTS name ON to.table ...`. */
function retarget(def: string, f: string, t: string): string {
  const out = def.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX IF NOT EXISTS ').replace(` ON ${f}.`, ` ON ${t}.`).replace(` ON ONLY ${f}.`, ` ON ONLY ${t}.`);
  if (!out.includes(` ${t}.`)) throw new Error(`cannot retarget index definition: ${def}`);
  return out;
}
