// Puts a finished rebuild in place of the live tables while everything keeps running. The
// rebuild first catches up with the live projector without any lock; then, in one
// transaction, it locks the live tables (a live batch in flight finishes first, the next one
// waits), locks the live checkpoint row, applies the few events between its position and the
// live checkpoint, and moves the live tables out and the rebuilt ones in. The live projector
// resumes on the new tables from its own checkpoint, which the rebuilt tables now match;
// readers wait for the lock for a moment and then read the new tables.
import { sql } from 'kysely';
import type { Logger } from '../../shared/log.js';
import type { Rebuild } from './rebuild.js';

/** Catch-up rounds without locks before the swap; the last gap is applied under the lock. */
const CATCH_UP_ROUNDS = 5;
/** A gap this small is applied under the lock. */
const CLOSE_ENOUGH = 2000;
const ATTEMPTS = 5;

export interface Swapped {
  /** The position the swapped-in tables are at (the live checkpoint at the swap). */
  position: number;
  /** Events applied while the live tables were locked. */
  appliedUnderLock: number;
}

export async function catchUpAndSwap(rebuild: Rebuild, log: Logger): Promise<Swapped> {
  for (let i = 0; i < CATCH_UP_ROUNDS; i++) {
    const live = await rebuild.liveCheckpoint();
    const position = await rebuild.foldTo(live);
    if (rebuild.interrupted) throw new Error('interrupted before the swap');
    if (live - position <= CLOSE_ENOUGH) break;
  }
  await rebuild.finishTables();
  let lastError: unknown;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      return await swapOnce(rebuild);
    } catch (err) {
      rebuild.resetFold();
      const code = (err as { code?: string }).code;
      // Lock timeout or a deadlock with a live batch: the live side went on; try again.
      if (code !== '55P03' && code !== '40P01') throw err;
      lastError = err;
      log.warn({ attempt, code }, 'swap could not take its locks; retrying');
    }
  }
  throw new Error('could not swap the rebuilt tables in', { cause: lastError });
}

async function swapOnce(rebuild: Rebuild): Promise<Swapped> {
  const { live, schema, model } = rebuild;
  const retired = `${live}_retired_${model.name}`;
  const liveTable = (t: string) => sql`${sql.id(live)}.${sql.id(t)}`;
  const result = await rebuild.scratch.connection().execute(async (conn) => {
    await sql`begin`.execute(conn);
    try {
      await sql`set local lock_timeout = '5s'`.execute(conn);
      await sql`drop schema if exists ${sql.id(retired)} cascade`.execute(conn);
      await sql`lock table ${sql.join(model.tables.map(liveTable))} in access exclusive mode`.execute(conn);
      const { rows } = await sql<{ seq: number }>`
        select seq from ${sql.id(live)}.projection_checkpoints where name = ${model.name} for update`.execute(conn);
      const target = rows[0]?.seq ?? 0;
      const before = (await sql<{ seq: number }>`select seq from projection_checkpoints where name = ${model.name}`.execute(conn)).rows[0]?.seq ?? 0;
      if (before > target) throw new Error(`the rebuild (at ${before}) is ahead of the live projector (at ${target}); cannot swap`);
      await rebuild.foldInside(conn, target);
      await sql`create schema ${sql.id(retired)}`.execute(conn);
      for (const t of model.tables) {
        await sql`alter table ${liveTable(t)} set schema ${sql.id(retired)}`.execute(conn);
        await sql`alter table ${sql.id(schema)}.${sql.id(t)} set schema ${sql.id(live)}`.execute(conn);
      }
      await sql`commit`.execute(conn);
      return { position: target, appliedUnderLock: target - before };
    } catch (err) {
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw err;
    }
  });
  // The old tables and the emptied scratch schema (with its checkpoint) go.
  await sql`drop schema if exists ${sql.id(retired)} cascade`.execute(rebuild.scratch);
  await rebuild.drop();
  return result;
}
