// Test environments: every test gets its own stream prefix, Postgres schema and Redis key
// prefix on the real services, and removes them afterwards.
import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadConfig, type Config } from '../../src/shared/config.js';
import { createDb, dropSchema } from '../../src/shared/db.js';
import { createLogger } from '../../src/shared/log.js';
import { namesFor } from '../../src/shared/names.js';
import { connectNats, deleteStreams } from '../../src/shared/nats.js';
import { connectRedis, deleteKeys } from '../../src/shared/redis.js';
import { runSetup, start, type Roles, type Running } from '../../src/roles.js';
import { SEMI_SPACE_MB } from '../../src/shared/heap.js';

export function uniqueName(): string {
  return `t${randomBytes(5).toString('hex')}`;
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  const name = uniqueName();
  return loadConfig({
    ...process.env,
    PARLEY_PREFIX: name,
    PG_SCHEMA: name,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    // Cheap hashing keeps sign-ups fast in tests; production uses the default.
    ARGON2_MEMORY_KIB: '1024',
    ...overrides,
  });
}

export interface TestServer {
  config: Config;
  port: number;
  http: string;
  ws: string;
  running: Running;
}

export async function startServer(config: Config, roles: Roles = { gateway: true, projector: true }): Promise<TestServer> {
  const running = await start(config, createLogger(config.LOG_LEVEL), roles);
  const port = running.port ?? 0;
  return { config, port, http: `http://127.0.0.1:${port}`, ws: `ws://127.0.0.1:${port}/v1/ws`, running };
}

/** Removes a test's streams, schema and Redis keys. */
export async function cleanup(config: Config): Promise<void> {
  const names = namesFor(config.PARLEY_PREFIX);
  const nc = await connectNats(config, 'parley-test-cleanup');
  await deleteStreams(nc, config, names);
  await nc.close();
  const redis = await connectRedis(config, 'parley-test-cleanup');
  await deleteKeys(redis, `${names.redisPrefix}*`);
  await redis.quit();
  const db = createDb(config, { max: 1 });
  await dropSchema(db, config.PG_SCHEMA);
  await db.destroy();
}

const BIN = fileURLToPath(new URL('../../bin/parley.js', import.meta.url));

export function configEnv(config: Config, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...Object.fromEntries(Object.entries(config).map(([k, v]) => [k, String(v)])),
    ...extra,
  };
}

export async function prepare(config: Config): Promise<void> {
  await runSetup(config, createLogger('silent'));
}

/** Starts `parley <role>` as a child process and resolves with its port once it listens. */
export function spawnParley(role: 'serve' | 'gateway' | 'project' | 'media-worker', config: Config, port = 0): Promise<{ child: ChildProcess; port: number }> {
  // Started as `make run` starts it (the young generation's size); PARLEY_NODE_ARGS: extra
  // node flags for the child (e.g. --cpu-prof when profiling a bench).
  const nodeArgs = [`--max-semi-space-size=${SEMI_SPACE_MB}`, ...(process.env.PARLEY_NODE_ARGS?.split(' ').filter(Boolean) ?? [])];
  const child = spawn(process.execPath, [...nodeArgs, BIN, role], {
    env: configEnv(config, { PORT: String(port), LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn' }),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let started = false;
    const timer = setTimeout(() => reject(new Error(`parley ${role} did not start: ${out}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      // Once it runs, its log (warnings and errors at the default level) goes to our stderr.
      if (started) return void process.stderr.write(chunk);
      out += chunk.toString();
      const m = /listening on http:\/\/[^:]+:(\d+)/.exec(out);
      if (m || ((role === 'project' || role === 'media-worker') && out.includes(`parley ${role} running`))) {
        started = true;
        clearTimeout(timer);
        resolve({ child, port: m ? Number(m[1]) : 0 });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`parley ${role} exited with ${code}: ${out}`));
    });
  });
}
