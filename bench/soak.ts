// The soak scenario: BENCH_SOAK_CLIENTS (5000) devices in 1:1 pairs, held open for
// BENCH_SOAK_S (180) seconds of steady traffic at BENCH_SOAK_RATE (1000) msgs/s. Reports the
// server's RSS and heap at the start and the end of the traffic (growth), and latency per
// minute (drift): a leak or a queue that grows shows up as one or the other.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { pb } from '../src/shared/events.js';
import { Api } from '../test/helpers/api.js';
import { cleanup, prepare, spawnParley, testConfig } from '../test/helpers/env.js';
import { device, inBatches, rss, stopParley } from './common.js';
import { sleep } from './load.js';
import { percentile } from './stats.js';

export interface SoakLoad {
  clients: number;
  rate: number;
  seconds: number;
  pad: number;
  ack: boolean;
}

export interface SoakMinute {
  minute: number;
  sent: number;
  received: number;
  p50: number;
  p99: number;
  max: number;
  /** The server's memory at the end of this minute of traffic. */
  memory?: Memory;
}

/** MiB, or '-' before the first full collection. */
const mib = (v: number): string => (Number.isNaN(v) ? '-' : `${v.toFixed(0)} MiB`);

export interface Memory {
  rssMiB: number;
  /** The heap outside the young generation after the last full collection (heap-probe.mjs): what lasts. NaN before the first. */
  heapUsedMiB: number;
  /** Full collections so far: a reading is only as fresh as the last one. */
  fullGcs: number;
}

export interface SoakResult {
  clients: number;
  connected: number;
  seconds: number;
  sent: number;
  received: number;
  lost: number;
  /** Right after every device connected, before traffic; at the end of the traffic. */
  start: Memory;
  end: Memory;
  minutes: SoakMinute[];
  /** Socket closes during the soak (a healthy run has none). */
  closes: number;
}

const MiB = 1024 * 1024;

export async function measureSoak(load: SoakLoad): Promise<SoakResult> {
  const config = testConfig({ LOG_LEVEL: 'warn' });
  await prepare(config);
  const dir = mkdtempSync(join(tmpdir(), 'parley-soak-'));
  const heapFile = join(dir, 'heap.json');
  const probe = fileURLToPath(new URL('./heap-probe.mjs', import.meta.url));
  const previousArgs = process.env.PARLEY_NODE_ARGS;
  process.env.PARLEY_NODE_ARGS = `${previousArgs ?? ''} --import=${probe}`;
  process.env.SOAK_HEAP_FILE = heapFile;
  let child: ChildProcess | undefined;
  try {
    const s = await spawnParley('serve', config);
    child = s.child;
    const pid = child.pid!;
    const memory = (): Memory => {
      let heapUsed = NaN;
      let fullGcs = 0;
      try {
        const probe = JSON.parse(readFileSync(heapFile, 'utf8')) as { liveOld: number | null; majorGcs: number };
        heapUsed = probe.liveOld ?? NaN;
        fullGcs = probe.majorGcs;
      } catch {
        // not written yet
      }
      return { rssMiB: rss(pid) / 1024, heapUsedMiB: heapUsed / MiB, fullGcs };
    };
    const api = new Api(`http://127.0.0.1:${s.port}`);
    process.stdout.write(`  creating ${load.clients} users and ${load.clients / 2} conversations...\n`);
    const users = await inBatches(load.clients, 32, () => api.newUser('soak'));
    const convs = await inBatches(load.clients / 2, 32, (i) => api.direct(users[2 * i]!, users[2 * i + 1]!));

    // Latency by the minute in which the message was sent (one process, one clock).
    const t0 = { at: Infinity };
    const minutes: Array<{ lat: number[]; sent: number }> = [];
    let received = 0;
    let closes = 0;
    const onMessage = (me: string) => (m: { senderId: string; text: string }) => {
      if (m.senderId === me) return;
      const sentAt = Number(m.text.slice(0, m.text.indexOf('|')));
      if (!(sentAt >= t0.at)) return;
      received++;
      const bucket = (minutes[Math.floor((sentAt - t0.at) / 60_000)] ??= { lat: [], sent: 0 });
      bucket.lat.push(performance.now() - sentAt);
    };
    process.stdout.write(`  connecting ${load.clients} devices...\n`);
    const url = `ws://127.0.0.1:${s.port}/v1/ws`;
    const sockets = await inBatches(load.clients, 50, (i) => device(url, users[i]!.token, onMessage(users[i]!.user_id), load.ack));
    for (const ws of sockets) ws.once('close', () => closes++);
    await sleep(2000);
    const start = memory();
    process.stdout.write(`  ${sockets.length} connected; server RSS ${start.rssMiB.toFixed(0)} MiB, live old generation ${mib(start.heapUsedMiB)}; ${load.seconds}s of traffic...\n`);

    const pad = 'x'.repeat(load.pad);
    let n = 0;
    let credit = 0;
    let last = performance.now();
    t0.at = last;
    const timer = setInterval(() => {
      const now = performance.now();
      credit += ((now - last) * load.rate) / 1000;
      last = now;
      for (; credit >= 1; credit--) {
        const i = n++ % sockets.length;
        const stamp = performance.now();
        sockets[i]!.send(pb.ClientFrame.encode({ id: n, send: { conversationId: convs[i >> 1]!, clientMsgId: `s${n}`, text: `${stamp}|${pad}` } }).finish());
        (minutes[Math.floor((stamp - t0.at) / 60_000)] ??= { lat: [], sent: 0 }).sent++;
      }
    }, 10);
    const perMinute: Memory[] = [];
    const minuteTimer = setInterval(() => perMinute.push(memory()), 60_000);
    const report = setInterval(() => {
      const m = memory();
      process.stdout.write(`  t+${((performance.now() - t0.at) / 1000).toFixed(0)}s sent ${n} received ${received} RSS ${m.rssMiB.toFixed(0)} MiB live old generation ${mib(m.heapUsedMiB)}\n`);
    }, 30_000);
    await sleep(load.seconds * 1000);
    clearInterval(timer);
    clearInterval(report);
    clearInterval(minuteTimer);
    const seconds = (performance.now() - t0.at) / 1000;
    await sleep(3000); // stragglers
    const end = memory();
    for (const ws of sockets) ws.terminate();
    return {
      clients: load.clients,
      connected: sockets.length,
      seconds,
      sent: n,
      received,
      lost: n - received,
      start,
      end,
      closes,
      minutes: minutes.map((b, minute) => {
        const sorted = b.lat.sort((x, y) => x - y);
        const m = perMinute[minute];
        return { minute, sent: b.sent, received: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN, ...(m ? { memory: m } : {}) };
      }),
    };
  } finally {
    await stopParley(child);
    if (previousArgs === undefined) delete process.env.PARLEY_NODE_ARGS;
    else process.env.PARLEY_NODE_ARGS = previousArgs;
    delete process.env.SOAK_HEAP_FILE;
    await sleep(300);
    rmSync(dir, { recursive: true, force: true });
    await cleanup(config);
  }
}

export function soakReport(r: SoakResult): string {
  const f = (x: number) => x.toFixed(1);
  const lines = [
    `soak: ${r.connected}/${r.clients} connections for ${f(r.seconds)} s, ${r.sent} sent, ${r.received} received, ${r.lost} lost, ${r.closes} sockets closed`,
    `  server RSS ${f(r.start.rssMiB)} → ${f(r.end.rssMiB)} MiB (${r.end.rssMiB >= r.start.rssMiB ? '+' : ''}${f(r.end.rssMiB - r.start.rssMiB)}), ` +
      `live old generation (after the last full GC) ${f(r.start.heapUsedMiB)} → ${f(r.end.heapUsedMiB)} MiB (${r.end.heapUsedMiB >= r.start.heapUsedMiB ? '+' : ''}${f(r.end.heapUsedMiB - r.start.heapUsedMiB)}; ${r.end.fullGcs - r.start.fullGcs} full collections in between)`,
    `  ${'minute'.padEnd(7)} ${'sent'.padStart(7)} ${'recv'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'max ms'.padStart(7)} ${'RSS MiB'.padStart(8)} ${'live MiB'.padStart(9)}`,
    ...r.minutes.map(
      (m) =>
        `  ${String(m.minute + 1).padEnd(7)} ${String(m.sent).padStart(7)} ${String(m.received).padStart(7)} ${f(m.p50).padStart(7)} ${f(m.p99).padStart(7)} ${f(m.max).padStart(7)} ` +
        `${(m.memory ? f(m.memory.rssMiB) : '-').padStart(8)} ${(m.memory ? f(m.memory.heapUsedMiB) : '-').padStart(9)}`,
    ),
  ];
  const first = r.minutes[0];
  const lastFull = r.minutes.filter((m) => m.sent > 0).at(-1);
  if (first && lastFull && lastFull !== first) lines.push(`  drift: p50 ${f(lastFull.p50 - first.p50)} ms, p99 ${f(lastFull.p99 - first.p99)} ms (last minute vs first)`);
  // Growth under steady load, without the step from idle to loaded: first minute's end to the last's.
  const mems = r.minutes.flatMap((m) => (m.memory ? [m.memory] : []));
  if (mems.length > 1) lines.push(`  growth under load: RSS ${f(mems.at(-1)!.rssMiB - mems[0]!.rssMiB)} MiB, live old generation ${f(mems.at(-1)!.heapUsedMiB - mems[0]!.heapUsedMiB)} MiB (end of minute 1 to end of minute ${mems.length}; ${mems.at(-1)!.fullGcs - mems[0]!.fullGcs} full collections in between)`);
  return lines.join('\n');
}
