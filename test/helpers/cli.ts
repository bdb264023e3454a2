// Runs `node bin/parley.js <args>` as an operator would, with a test's environment.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { jetstreamManager } from '@nats-io/jetstream';
import type { Config } from '../../src/shared/config.js';
import { createDb } from '../../src/shared/db.js';
import { namesFor } from '../../src/shared/names.js';
import { connectNats } from '../../src/shared/nats.js';
import { configEnv } from './env.js';
import { until } from './clients.js';

const BIN = fileURLToPath(new URL('../../bin/parley.js', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function startParleyCli(config: Config, args: string[], extra: Record<string, string> = {}): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [BIN, ...args], { env: configEnv(config, { LOG_LEVEL: 'warn', ...extra }), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const done = new Promise<CliResult>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { child, done };
}

export function parleyCli(config: Config, args: string[], extra: Record<string, string> = {}): Promise<CliResult> {
  return startParleyCli(config, args, extra).done;
}

/** Waits until both projectors have committed everything in their streams. */
export async function projectorsCaughtUp(config: Config): Promise<void> {
  const names = namesFor(config.PARLEY_PREFIX);
  const nc = await connectNats(config, 'parley-test-caught-up');
  const db = createDb(config, { max: 1 });
  try {
    const jsm = await jetstreamManager(nc);
    await until(async () => {
      const conv = (await jsm.streams.info(names.convStream)).state.last_seq;
      const users = (await jsm.streams.info(names.usersStream)).state.last_seq;
      const rows = await db.selectFrom('projection_checkpoints').selectAll().execute();
      const at = (n: string) => rows.find((r) => r.name === n)?.seq ?? 0;
      return at('conversations') >= conv && at('users') >= users;
    }, 20_000, 'projectors caught up');
  } finally {
    await nc.close();
    await db.destroy();
  }
}
