// The 1:1 scenario: N clients in pairs, each sending to its partner at a fixed total rate,
// against a bare uWebSockets.js relay (the ceiling) and against Parley.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { pb } from '../src/shared/events.js';
import { Api } from '../test/helpers/api.js';
import { cleanup, prepare, spawnParley, testConfig } from '../test/helpers/env.js';
import { device, inBatches, openSocket, pollRss, rss, type Scenario, stopParley } from './common.js';
import { watchCpu } from './cpu.js';
import { LoadMeter, sleep, type Peer } from './load.js';

export interface DirectLoad {
  clients: number;
  rate: number;
  warmupS: number;
  seconds: number;
  pad: number;
  /** Recipients acknowledge every 100 ms like the SDK (which makes delivery receipts). */
  ack: boolean;
}

export async function measureRelay(load: DirectLoad): Promise<Scenario> {
  const child = spawn(process.execPath, ['--import=tsx', fileURLToPath(new URL('./relay.ts', import.meta.url))], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve) => {
    child.stdout!.on('data', (b: Buffer) => {
      const m = /:(\d+)/.exec(b.toString());
      if (m) resolve(Number(m[1]));
    });
  });
  const before = rss(child.pid!);
  const meter = new LoadMeter();
  const sockets = await inBatches(load.clients, 50, (i) => openSocket(`ws://127.0.0.1:${port}/relay?id=${i}`, (data) => meter.onReceive(data.toString())));
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
  const result = await meter.run(peers, load.rate, load.warmupS, load.seconds, load.pad);
  const peak = rssPoll.stop();
  for (const ws of sockets) ws.terminate();
  child.kill();
  return { name: 'bare uWS relay (ceiling)', clients: load.clients, ...result, rssPerConnKiB: (after - before) / load.clients, rssUnderLoadMiB: peak / 1024 };
}

export async function measureDirect(load: DirectLoad, topology: string): Promise<Scenario> {
  const config = testConfig({ LOG_LEVEL: 'warn' });
  await prepare(config);
  const children: ChildProcess[] = [];
  try {
    let port: number;
    let gatewayPid: number;
    if (topology === 'split') {
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
    process.stdout.write(`  creating ${load.clients} users and ${load.clients / 2} conversations...\n`);
    const users = await inBatches(load.clients, 32, () => api.newUser('bench'));
    const convs = await inBatches(load.clients / 2, 32, (i) => api.direct(users[2 * i]!, users[2 * i + 1]!));
    process.stdout.write(`  connecting ${load.clients} devices...\n`);
    const before = rss(gatewayPid);
    const meter = new LoadMeter();
    const url = `ws://127.0.0.1:${port}/v1/ws`;
    const sockets = await inBatches(load.clients, 50, (i) => {
      const me = users[i]!.user_id;
      return device(url, users[i]!.token, (m) => m.senderId !== me && meter.onReceive(m.text, m.sentAtMs), load.ack);
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
    const cpu = watchCpu(meter, children.map((c) => c.pid!));
    const result = await meter.run(peers, load.rate, load.warmupS, load.seconds, load.pad);
    const peak = rssPoll.stop();
    if (process.env.BENCH_FRAMES === '1') await printFrameCounts(port, result.delivered * result.seconds);
    for (const ws of sockets) ws.terminate();
    const cpuUsPerMsg = cpu(result.delivered * result.seconds);
    return { name: `1:1 parley ${topology}`, clients: load.clients, ...result, rssPerConnKiB: (after - before) / load.clients, rssUnderLoadMiB: peak / 1024, ...(cpuUsPerMsg && { cpuUsPerMsg }) };
  } finally {
    await Promise.all(children.map((c) => stopParley(c)));
    await sleep(300);
    await cleanup(config);
  }
}

/** BENCH_FRAMES=1: the gateway's frame counters for the whole run, per delivered message of the window (a rough mix), its mean send-to-Sent and delivery latency, its event loop's delay and its thread's garbage collections. */
async function printFrameCounts(port: number, delivered: number): Promise<void> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  for (const m of text.matchAll(/^parley_frames_(in|out)_total\{type="(\w+)"\} (\d+)/gm)) {
    if (Number(m[3]) > 0) process.stdout.write(`  frames ${m[1]} ${m[2]}: ${m[3]} (${(Number(m[3]) / delivered).toFixed(2)} per delivered message of the window)\n`);
  }
  for (const h of ['send_to_sent', 'delivery_latency']) {
    const sum = Number(text.match(new RegExp(`^parley_${h}_seconds_sum (\\S+)`, 'm'))?.[1]);
    const count = Number(text.match(new RegExp(`^parley_${h}_seconds_count (\\S+)`, 'm'))?.[1]);
    if (count > 0) process.stdout.write(`  ${h}: mean ${((sum / count) * 1000).toFixed(1)} ms over ${count} (whole run)\n`);
  }
  // The conversations projector's batches (from its progress announcements): size, transaction, and the age of a batch's oldest event at its commit.
  const label = '{projection="conversations"}';
  const value = (name: string) => Number(text.match(new RegExp(`^${name}${label.replace(/[{}]/g, '\\$&')} (\\S+)`, 'm'))?.[1]);
  const batches = value('parley_projector_batch_seconds_count');
  if (batches > 0) {
    const mean = (h: string) => ((value(`parley_${h}_sum`) / value(`parley_${h}_count`)) * 1000).toFixed(1);
    process.stdout.write(
      `  conversations projector: ${batches} batches of ${(value('parley_projector_events_total') / batches).toFixed(0)} events on average; ` +
        `transaction mean ${mean('projector_batch_seconds')} ms (p99 ${bucketP99(text, 'parley_projector_batch_seconds', 'conversations')}); ` +
        `oldest event's age at commit mean ${mean('projector_event_age_seconds')} ms (p99 ${bucketP99(text, 'parley_projector_event_age_seconds', 'conversations')}) (whole run)\n`,
    );
  }
  // prom-client's histogram times a 10 ms timer, so an idle loop reads about 10 ms.
  const lag = (q: string) => (Number(text.match(new RegExp(`^nodejs_eventloop_lag_${q}_seconds (\\S+)`, 'm'))?.[1]) * 1000).toFixed(1);
  process.stdout.write(`  gateway event loop delay: mean ${lag('mean')} ms, p99 ${lag('p99')} ms, max ${lag('max')} ms (whole run)\n`);
  // The gateway thread's garbage collections by kind (prom-client's, from V8's gc events): a
  // scavenge pauses every socket of the gateway at once.
  const gc = [...text.matchAll(/^nodejs_gc_duration_seconds_(sum|count)\{kind="(\w+)"\} (\S+)/gm)];
  const kinds = [...new Set(gc.map((m) => m[2]!))];
  const stat = (kind: string, what: string) => Number(gc.find((m) => m[2] === kind && m[1] === what)?.[3] ?? 0);
  const parts = kinds.filter((k) => stat(k, 'count') > 0).map((k) => `${k} ${stat(k, 'count')} × ${((stat(k, 'sum') / stat(k, 'count')) * 1000).toFixed(1)} ms`);
  if (parts.length > 0) process.stdout.write(`  gateway thread GC: ${parts.join(', ')} (whole run)\n`);
}

/** The bucket a labelled histogram's 99th percentile falls in, as "≤ N ms" (its buckets are coarse). */
function bucketP99(text: string, name: string, projection: string): string {
  const buckets = [...text.matchAll(new RegExp(`^${name}_bucket\\{le="([^"]+)",projection="${projection}"\\} (\\S+)`, 'gm'))].map((m) => ({ le: m[1]!, n: Number(m[2]) }));
  const total = buckets.at(-1)?.n ?? 0;
  const hit = buckets.find((b) => b.n >= total * 0.99);
  return hit === undefined ? '?' : hit.le === '+Inf' ? '> 10 s' : `≤ ${Number(hit.le) * 1000} ms`;
}
