// `parley replay` and `parley verify` for one read model, on top of Rebuild.
import { sql } from 'kysely';
import type { ReadModel } from '../registry.js';
import { compareTables, type TableComparison } from './compare.js';
import { Rebuild, type RebuildOptions } from './rebuild.js';
import { catchUpAndSwap, type Swapped } from './swap.js';

export interface ReplayResult extends Partial<Swapped> {
  model: string;
  /** Where this run started: 0, or the position an interrupted run had reached. */
  resumedFrom: number;
  /** Stopped (Ctrl-C) before the swap; rerunning resumes. */
  interrupted: boolean;
}

/** Rebuilds a read model into fresh tables and swaps them in, or resumes an interrupted rebuild. */
export async function replayReadModel(opts: RebuildOptions, model: ReadModel): Promise<ReplayResult> {
  const rebuild = new Rebuild(opts, model, 'rebuild');
  try {
    await rebuild.checkStreamIsWhole();
    const resumedFrom = await rebuild.prepare();
    opts.log.info({ model: model.name, schema: rebuild.schema, resumedFrom }, resumedFrom > 0 ? 'resuming rebuild' : 'rebuilding');
    await rebuild.foldTo(await rebuild.liveCheckpoint());
    if (rebuild.interrupted) return { model: model.name, resumedFrom, interrupted: true };
    const swapped = await catchUpAndSwap(rebuild, opts.log);
    return { model: model.name, resumedFrom, interrupted: false, ...swapped };
  } finally {
    await rebuild.close();
  }
}

export interface VerifyResult {
  model: string;
  /** The live checkpoint the comparison was made at. */
  position: number;
  tables: TableComparison[];
  identical: boolean;
}

/**
 * Rebuilds a read model into a scratch schema and compares it with the live tables at the
 * live checkpoint: one repeatable-read transaction reads the checkpoint, brings the scratch
 * copy to exactly that position and compares, so a running projector does not disturb it.
 */
export async function verifyReadModel(opts: RebuildOptions, model: ReadModel): Promise<VerifyResult> {
  const rebuild = new Rebuild(opts, model, 'verify');
  try {
    await rebuild.drop();
    await rebuild.checkStreamIsWhole();
    await rebuild.prepare();
    await rebuild.foldTo(await rebuild.liveCheckpoint());
    if (rebuild.interrupted) throw new Error('interrupted');
    await rebuild.finishTables();
    return await rebuild.scratch.connection().execute(async (conn) => {
      await sql`begin isolation level repeatable read`.execute(conn);
      try {
        const position = await rebuild.liveCheckpoint(conn);
        await rebuild.foldInside(conn, position);
        const tables = await compareTables(conn, rebuild.live, rebuild.schema, model.tables);
        return { model: model.name, position, tables, identical: tables.every((t) => t.identical) };
      } finally {
        await sql`rollback`.execute(conn).catch(() => undefined);
      }
    });
  } finally {
    await rebuild.drop().catch(() => undefined);
    await rebuild.close();
  }
}
