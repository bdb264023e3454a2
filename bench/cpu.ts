// CPU time spent by the server side of a scenario, read from /proc: the Parley processes the
// bench started, and whatever nats-server and postgres processes run on this machine. Per
// message it is a steadier figure than latency on a machine whose speed varies: it says what
// a message costs, not how long it waited.
import { readdirSync, readFileSync } from 'node:fs';

export interface CpuTimes {
  parley: number;
  nats: number;
  postgres: number;
}

const TICKS_PER_S = 100; // USER_HZ on Linux

function ticksOf(pid: string): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime + stime
  } catch {
    return 0; // gone
  }
}

/** CPU ticks so far of each process that counts: the given Parley pids, nats-server and postgres. */
export type CpuSnapshot = Map<string, { kind: keyof CpuTimes; ticks: number }>;

export function cpuSnapshot(parleyPids: number[]): CpuSnapshot {
  const out: CpuSnapshot = new Map();
  for (const pid of parleyPids) out.set(String(pid), { kind: 'parley', ticks: ticksOf(String(pid)) });
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let cmd: string;
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (cmd.includes('nats-server')) out.set(pid, { kind: 'nats', ticks: ticksOf(pid) });
    else if (cmd.startsWith('postgres')) out.set(pid, { kind: 'postgres', ticks: ticksOf(pid) });
  }
  return out;
}

/**
 * CPU seconds between two snapshots, summed per process: one that started in between counts
 * from zero, one that exited counts nothing. (Summing totals instead subtracts all the CPU of
 * a process that exits in between, such as a pooled Postgres connection closed when idle
 * after the set-up: that once hid about a third of Postgres' share.)
 */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot): CpuTimes {
  const t: CpuTimes = { parley: 0, nats: 0, postgres: 0 };
  for (const [pid, { kind, ticks }] of after) {
    const was = before.get(pid);
    // A pid reused by another process reads fewer ticks than before: it started in between.
    t[kind] += was && was.kind === kind && was.ticks <= ticks ? ticks - was.ticks : ticks;
  }
  return { parley: t.parley / TICKS_PER_S, nats: t.nats / TICKS_PER_S, postgres: t.postgres / TICKS_PER_S };
}

/** CPU seconds so far of each thread of the given pids, by "pid/tid name". */
export function threadTimes(pids: number[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const pid of pids) {
    let tids: string[];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      let name = '?';
      try {
        name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
      } catch {
        continue;
      }
      out.set(`${pid}/${tid} ${name}`, ticksOf(`${pid}/task/${tid}`) / TICKS_PER_S);
    }
  }
  return out;
}

/** Microseconds of CPU per message between two snapshots. */
export function cpuPerMessage(before: CpuSnapshot, after: CpuSnapshot, messages: number): CpuTimes {
  const s = cpuBetween(before, after);
  const us = (k: keyof CpuTimes) => (s[k] * 1e6) / Math.max(1, messages);
  return { parley: us('parley'), nats: us('nats'), postgres: us('postgres') };
}

/**
 * Reads CPU times as the meter's measured window opens and closes; the returned function
 * gives µs per delivered message (delivered/s × window seconds of the result), the server's
 * and the load driver's (this process: it shares the machine's cores with the server).
 */
export function watchCpu(
  meter: { onWindow: ((edge: 'start' | 'end') => void) | undefined },
  parleyPids: number[],
): (delivered: number) => (CpuTimes & { driver: number }) | undefined {
  let start: CpuSnapshot | undefined;
  let end: CpuSnapshot | undefined;
  // BENCH_THREADS=1: also each Parley thread's CPU.
  const threads = process.env.BENCH_THREADS === '1';
  let threadsAt: Map<string, number> | undefined;
  let driverAt: NodeJS.CpuUsage | undefined;
  let driver: NodeJS.CpuUsage | undefined;
  meter.onWindow = (edge) => {
    if (edge === 'start') {
      start = cpuSnapshot(parleyPids);
      driverAt = process.cpuUsage();
      if (threads) threadsAt = threadTimes(parleyPids);
    } else {
      end = cpuSnapshot(parleyPids);
      driver = process.cpuUsage(driverAt);
      if (threadsAt) printThreads(threadsAt, threadTimes(parleyPids), driver);
    }
  };
  return (messages) =>
    start && end && driver ? { ...cpuPerMessage(start, end, messages), driver: (driver.user + driver.system) / Math.max(1, messages) } : undefined;
}

/** The server's split, then the load driver's own CPU (this process). */
export function cpuLine(name: string, c: CpuTimes & { driver: number }): string {
  const total = c.parley + c.nats + c.postgres;
  return `${name}: server CPU per delivered message ${total.toFixed(0)} µs (parley ${c.parley.toFixed(0)}, nats-server ${c.nats.toFixed(0)}, postgres ${c.postgres.toFixed(0)}); load driver ${c.driver.toFixed(0)} µs`;
}

function printThreads(before: Map<string, number>, after: Map<string, number>, driver: NodeJS.CpuUsage): void {
  const rows = [...after].map(([k, v]) => [k, v - (before.get(k) ?? 0)] as const).filter(([, v]) => v > 0.05);
  for (const [k, v] of rows.sort((a, b) => b[1] - a[1])) process.stdout.write(`  thread ${k}: ${v.toFixed(2)} s CPU in the window\n`);
  process.stdout.write(`  load driver (this process): ${((driver.user + driver.system) / 1e6).toFixed(2)} s CPU in the window\n`);
}
