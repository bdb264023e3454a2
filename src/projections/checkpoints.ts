// A projection's position in its stream. The runner writes it in the same transaction as
// the rows it describes (runner.ts), so a crash can never apply an event twice or skip one.
import type { Db } from '../shared/db.js';

export interface CheckpointTables {
  projection_checkpoints: { name: string; seq: number };
}

export async function readCheckpoint(db: Db, name: string): Promise<number> {
  const row = await db.selectFrom('projection_checkpoints').select('seq').where('name', '=', name).executeTakeFirst();
  return row?.seq ?? 0;
}
