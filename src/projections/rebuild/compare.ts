// Compares a rebuilt read model with the live one, table by table: row count and a checksum
// over every row in key order (md5 of each row's text, then of them all), and where they
// differ, the keys of the differing rows. Runs inside the caller's snapshot, so the live side
// is exactly the state at its checkpoint.
import { sql, type Kysely, type RawBuilder } from 'kysely';

export interface TableComparison {
  table: string;
  rows: { live: number; rebuilt: number };
  checksum: { live: string; rebuilt: string };
  identical: boolean;
  /** Up to DIFF_LIMIT differing rows, by primary key. */
  differences: Array<{ key: Record<string, unknown>; problem: 'differs' | 'only in live' | 'only in rebuild' }>;
}

const DIFF_LIMIT = 20;

export async function compareTables(db: Kysely<any>, live: string, rebuilt: string, tables: readonly string[]): Promise<TableComparison[]> {
  const out: TableComparison[] = [];
  for (const table of tables) {
    const columns = await columnsOf(db, live, table);
    const key = (await primaryKeyOf(db, live, table)) ?? columns;
    const rowText = sql`md5(row(${sql.join(columns.map((c) => sql.ref(`t.${c}`)))})::text)`;
    const ordered = sql.join(key.map((c) => sql.ref(`t.${c}`)));
    const sum = async (schema: string) => {
      const { rows } = await sql<{ n: number; sum: string }>`
        select count(*)::int as n, md5(coalesce(string_agg(${rowText}, ',' order by ${ordered}), '')) as sum
        from ${sql.id(schema)}.${sql.id(table)} t`.execute(db);
      return rows[0]!;
    };
    const a = await sum(live);
    const b = await sum(rebuilt);
    const identical = a.n === b.n && a.sum === b.sum;
    out.push({
      table,
      rows: { live: a.n, rebuilt: b.n },
      checksum: { live: a.sum, rebuilt: b.sum },
      identical,
      differences: identical ? [] : await differingKeys(db, live, rebuilt, table, key, rowText),
    });
  }
  return out;
}

async function differingKeys(db: Kysely<any>, live: string, rebuilt: string, table: string, key: string[], rowText: RawBuilder<unknown>) {
  const keyJson = sql`jsonb_build_object(${sql.join(key.flatMap((c) => [sql.lit(c), sql.ref(`t.${c}`)]))})`;
  const side = (schema: string) => sql`select ${keyJson} as k, ${rowText} as h from ${sql.id(schema)}.${sql.id(table)} t`;
  const { rows } = await sql<{ k: Record<string, unknown>; a: string | null; b: string | null }>`
    select coalesce(a.k, b.k) as k, a.h as a, b.h as b
    from (${side(live)}) a full join (${side(rebuilt)}) b on a.k = b.k
    where a.h is distinct from b.h
    order by 1 limit ${DIFF_LIMIT}`.execute(db);
  return rows.map((r) => ({ key: r.k, problem: r.a === null ? ('only in rebuild' as const) : r.b === null ? ('only in live' as const) : ('differs' as const) }));
}

async function columnsOf(db: Kysely<any>, schema: string, table: string): Promise<string[]> {
  const { rows } = await sql<{ c: string }>`
    select column_name as c from information_schema.columns
    where table_schema = ${schema} and table_name = ${table} order by ordinal_position`.execute(db);
  if (rows.length === 0) throw new Error(`no table ${schema}.${table}`);
  return rows.map((r) => r.c);
}

async function primaryKeyOf(db: Kysely<any>, schema: string, table: string): Promise<string[] | undefined> {
  const { rows } = await sql<{ c: string }>`
    select a.attname as c from pg_index i
    join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
    where i.indrelid = ${`${schema}.${table}`}::regclass and i.indisprimary
    order by array_position(i.indkey::int2[], a.attnum)`.execute(db);
  return rows.length > 0 ? rows.map((r) => r.c) : undefined;
}
