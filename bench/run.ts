// make bench: the 1:1 load scenario against Parley and against a bare uWebSockets.js relay
// (the ceiling), with the same clients, rate and payload. Figures go to stdout and to
// bench/results/<time>.json.
//   BENCH_CLIENTS (1000)  BENCH_RATE msgs/s offered (10000)  BENCH_SECONDS (10)
//   BENCH_WARMUP (3)  BENCH_PAD payload bytes (100)  BENCH_TOPOLOGY (serve,split): `serve` is
//   one parley process with every role; `split` is a gateway process and a projector process
//   BENCH_ONLY=parley skips the relay.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { pb } from '../src/shared/events.js';
import { Api } from '../test/helpers/api.js';
import { cleanup, prepare, spawnParley, testConfig } from '../test/helpers/env.js';
import { LoadMeter, sleep, type LoadResult, type Peer } from './load.js';
import { rssKiB } from './stats.js';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 1000);
const RATE = Number(process.env.BENCH_RATE ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const PAD = Number(process.env.BENCH_PAD ?? 100);
const TOPOLOGIES = (process.env.BENCH_TOPOLOGY ?? 'serve,split').split(',');

interface Scenario extends LoadResult {
  name: string;
  clients: number;
  rssPerConnKiB: number;
  rssUnderLoadMiB: number;
}

// ServerFrame: optional id (field 1, varint) first, then the body's tag.
const DELIVER_TAG = (4 << 3) | 2;
const CAUGHT_UP_TAG = (8 << 3) | 2;
function bodyTag(frame: Buffer): number {
  let i = 0;
  if (frame[0] === 0x08) {
    i = 1;
    while (i < frame.length && (frame[i]! & 0x80) !== 0) i++;
    i++;
  }
  return frame[i] ?? 0;
}

const rss = (pid: number) => rssKiB(pid, (p) => readFileSync(p, 'utf8'));

/** onMessage is attached before the upgrade completes: frames can arrive with the upgrade. */
function openSocket(url: string, onMessage: (data: Buffer) => void, headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers, perMessageDeflate: false });
    ws.binaryType = 'nodebuffer';
    ws.on('message', onMessage);
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

async function inBatches<T>(n: number, width: number, fn: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(n);
  for (let i = 0; i < n; i += width) {
    const batch = [];
    for (let j = i; j < Math.min(n, i + width); j++) batch.push(fn(j).then((v) => (out[j] = v)));
    await Promise.all(batch);
  }
  return out;
}

async function measureRelay(): Promise<Scenario> {
  const child = spawn(process.execPath, ['--import=tsx', fileURLToPath(new URL('./relay.ts', import.meta.url))], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve) => {
    child.stdout!.on('data', (b: Buffer) => {
      const m = /:(\d+)/.exec(b.toString());
      if (m) resolve(Number(m[1]));
    });
  });
  const before = rss(child.pid!);
  const meter = new LoadMeter();
  const sockets = await inBatches(CLIENTS, 50, (i) => openSocket(`ws://127.0.0.1:${port}/relay?id=${i}`, (data) => meter.onReceive(data.toString())));
  await sleep(500);
  const after = rss(child.pid!);
  const peers: Peer[] = sockets.map((ws, i) => ({
    send(stamp: string) {
      const payload = Buffer.from(stamp);
      const frame = Buffer.allocUnsafe(4 + payload.length);
      frame.writeUInt32BE(i ^ 1, 0);
      payload.copy(frame, 4);
      ws.send(frame);
    },
  }));
  const rssPoll = pollRss(child.pid!);
  const result = await meter.run(peers, RATE, WARMUP, SECONDS, PAD);
  const peak = rssPoll.stop();
  for (const ws of sockets) ws.terminate();
  child.kill();
  return { name: 'bare uWS relay (ceiling)', clients: CLIENTS, ...result, rssPerConnKiB: (after - before) / CLIENTS, rssUnderLoadMiB: peak / 1024 };
}

function pollRss(pid: number) {
  let peak = 0;
  const t = setInterval(() => (peak = Math.max(peak, rss(pid))), 500);
  return {
    stop() {
      clearInterval(t);
      return peak;
    },
  };
}

async function measureParley(TOPOLOGY: string): Promise<Scenario> {
  const config = testConfig({ LOG_LEVEL: 'warn' });
  await prepare(config);
  const children: ChildProcess[] = [];
  try {
    let port: number;
    let gatewayPid: number;
    if (TOPOLOGY === 'split') {
      const p = await spawnParley('project', config);
      const g = await spawnParley('gateway', config);
      children.push(p.child, g.child);
      port = g.port;
      gatewayPid = g.child.pid!;
    } else {
      const s = await spawnParley('serve', config);
      children.push(s.child);
      port = s.port;
      gatewayPid = s.child.pid!;
    }
    const api = new Api(`http://127.0.0.1:${port}`);
    process.stdout.write(`  creating ${CLIENTS} users and ${CLIENTS / 2} conversations...\n`);
    const users = await inBatches(CLIENTS, 32, () => api.newUser('bench'));
    const convs = await inBatches(CLIENTS / 2, 32, (i) => api.direct(users[2 * i]!, users[2 * i + 1]!));
    process.stdout.write(`  connecting ${CLIENTS} devices...\n`);
    const before = rss(gatewayPid);
    const meter = new LoadMeter();
    const url = `ws://127.0.0.1:${port}/v1/ws`;
    const sockets = await inBatches(CLIENTS, 50, async (i) => {
      const me = users[i]!.user_id;
      let live: () => void = () => undefined;
      let fail: (e: Error) => void = () => undefined;
      const caughtUp = new Promise<void>((resolve, reject) => ((live = resolve), (fail = reject)));
      const ws = await openSocket(
        url,
        (data) => {
          // The driver shares this machine's two cores with the server: it decodes only what
          // it measures (Deliver frames) and skips the rest by the body's tag.
          const tag = bodyTag(data);
          if (tag === DELIVER_TAG) {
            const m = pb.ServerFrame.decode(data).deliver?.event?.messagePosted;
            if (m && m.senderId !== me) meter.onReceive(m.text ?? '');
          } else if (tag === CAUGHT_UP_TAG) live();
        },
        { authorization: `Bearer ${users[i]!.token}` },
      );
      ws.once('close', (code, reason) => fail(new Error(`device ${i} closed before CaughtUp: ${code} ${reason.toString()}`)));
      await caughtUp;
      return ws;
    });
    await sleep(500);
    const after = rss(gatewayPid);
    process.stdout.write(`  running the load...\n`);
    let n = 0;
    const peers: Peer[] = sockets.map((ws, i) => ({
      send(stamp: string) {
        ws.send(pb.ClientFrame.encode({ id: ++n, send: { conversationId: convs[i >> 1]!, clientMsgId: `c${n}`, text: stamp } }).finish());
      },
    }));
    const rssPoll = pollRss(gatewayPid);
    const result = await meter.run(peers, RATE, WARMUP, SECONDS, PAD);
    const peak = rssPoll.stop();
    for (const ws of sockets) ws.terminate();
    return { name: `parley ${TOPOLOGY}`, clients: CLIENTS, ...result, rssPerConnKiB: (after - before) / CLIENTS, rssUnderLoadMiB: peak / 1024 };
  } finally {
    for (const c of children) c.kill();
    await sleep(300);
    await cleanup(config);
  }
}

function row(s: Scenario): string {
  const f = (n: number, d = 1) => n.toFixed(d);
  return [s.name.padEnd(26), f(s.offered, 0).padStart(8), f(s.delivered, 0).padStart(9), f(s.p50).padStart(7), f(s.p95).padStart(7), f(s.p99).padStart(7), f(s.max).padStart(7), String(s.lost).padStart(6), f(s.rssPerConnKiB).padStart(9), f(s.rssUnderLoadMiB).padStart(8)].join(' ');
}

async function main(): Promise<void> {
  process.stdout.write(`1:1 load: ${CLIENTS} clients in ${CLIENTS / 2} pairs, ${RATE} msgs/s offered, ${SECONDS}s measured after ${WARMUP}s warm-up, ${PAD}-byte payloads\n`);
  const relay = process.env.BENCH_ONLY === 'parley' ? undefined : await measureRelay();
  const results: Scenario[] = [];
  for (const t of TOPOLOGIES) results.push(await measureParley(t));
  process.stdout.write(`\n${'scenario'.padEnd(26)} ${'offered/s'.padStart(8)} ${'deliv/s'.padStart(9)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'max ms'.padStart(7)} ${'lost'.padStart(6)} ${'KiB/conn'.padStart(9)} ${'RSS MiB'.padStart(8)}\n`);
  for (const r of relay ? [relay, ...results] : results) process.stdout.write(`${row(r)}\n`);
  if (relay) {
    process.stdout.write('\n');
    for (const r of results) {
      process.stdout.write(`${r.name} / ceiling: delivered ${(r.delivered / relay.delivered).toFixed(2)}x, p99 ${(r.p99 / relay.p99).toFixed(1)}x the relay's\n`);
    }
  }
  const parley = results;
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}${new Date().toISOString().replace(/[:.]/g, '-')}.json`, JSON.stringify({ relay, parley, CLIENTS, RATE, SECONDS }, null, 2));
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
