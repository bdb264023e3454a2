// A projection's position in its stream. The runner writes it in the same transaction as
// the rows it describes (runner.ts), so a crash can never apply an event twice or skip one.
import type { Kysely, Transaction } from 'kysely';

export interface CheckpointTables {
  projection_checkpoints: { name: string; seq: number };
}

// Any database whose tables include the checkpoints table.
type AnyDb = Kysely<any> | Transaction<any>;

export async function readCheckpoint(db: AnyDb, name: string): Promise<number> {
  const row: { seq: number } | undefined = await (db as Kysely<CheckpointTables>).selectFrom('projection_checkpoints').select('seq').where('name', '=', name).executeTakeFirst();
  return row?.seq ?? 0;
}
