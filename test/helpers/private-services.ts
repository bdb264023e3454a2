// Private Postgres and Redis servers for fault tests, which stop and restart them: the shared
// ones on the default ports are used by everyone else and must never be touched. Each lives
// in its own temp dir on a free port and is removed by stop().
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './ports.js';
import { killTree, run, waitForPort } from './processes.js';

const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** initdb and pg_ctl refuse to run as root: as root, act as the postgres user. */
function asPg(cmd: string, args: string[]): Promise<unknown> {
  return process.getuid?.() === 0 ? run('runuser', ['-u', 'postgres', '--', cmd, ...args]) : run(cmd, args);
}

export class PrivatePostgres {
  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  private get data(): string {
    return join(this.dir, 'data');
  }

  static async start(): Promise<PrivatePostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'parley-pg-'));
    if (process.getuid?.() === 0) {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
      chownSync(dir, uid, gid);
    }
    const pg = new PrivatePostgres(dir, await freePort());
    try {
      await asPg(`${PG_BIN}/initdb`, ['-D', pg.data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
      await pg.resume();
    } catch (err) {
      await pg.stop();
      throw err;
    }
    return pg;
  }

  /** pg_ctl start on the same data dir and port (after pause()). */
  async resume(): Promise<void> {
    const opts = `-c listen_addresses=127.0.0.1 -p ${this.port} -k ${this.dir} -c fsync=off -c max_connections=200`;
    await asPg(`${PG_BIN}/pg_ctl`, ['-D', this.data, '-l', join(this.dir, 'log'), '-o', opts, '-w', '-t', '30', 'start']);
    await waitForPort(this.port);
  }

  /** pg_ctl stop -m fast: what an operator's restart or a failover looks like to clients. */
  async pause(): Promise<void> {
    await asPg(`${PG_BIN}/pg_ctl`, ['-D', this.data, '-m', 'fast', '-w', '-t', '30', 'stop']);
  }

  async stop(): Promise<void> {
    await asPg(`${PG_BIN}/pg_ctl`, ['-D', this.data, '-m', 'immediate', '-w', '-t', '30', 'stop']).catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export class PrivateRedis {
  private child: ChildProcess | undefined;

  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  static async start(): Promise<PrivateRedis> {
    const redis = new PrivateRedis(mkdtempSync(join(tmpdir(), 'parley-redis-')), await freePort());
    await redis.resume();
    return redis;
  }

  async resume(): Promise<void> {
    const args = ['--bind', '127.0.0.1', '--port', String(this.port), '--save', '', '--appendonly', 'no', '--dir', this.dir];
    this.child = spawn('redis-server', args, { stdio: 'ignore', detached: true });
    await waitForPort(this.port, 10_000, this.child);
  }

  /** Gone like a crashed server: everything it held is lost (presence is ephemeral by design). */
  async pause(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child) return;
    const exited = new Promise((r) => child.once('exit', r));
    killTree(child, 'SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    await this.pause();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
