// make bench: Parley's scenarios on this machine. Figures go to stdout and to
// bench/results/<time>.json. First it measures the machine's JetStream write rate
// (calibrate.ts), the ceiling the figures were measured under.
//   BENCH_SCENARIOS (direct,group,catchup,media,rebuild)
//   direct  — 1:1 pairs against a bare uWS relay (the ceiling) and against Parley:
//             BENCH_CLIENTS (1000), BENCH_RATE msgs/s (10000), BENCH_TOPOLOGY (serve,split),
//             BENCH_ONLY=parley skips the relay
//   group   — one group, a few senders: BENCH_GROUP_MEMBERS (100), BENCH_GROUP_SENDERS (5),
//             BENCH_GROUP_RATE msgs/s (510: about 50,000 deliveries/s), BENCH_GROUP_COPY_LIMIT
//             (32, Parley's default: the 100-member group is large; 100 gives it feed copies)
//   catchup — a device misses BENCH_CATCHUP_MESSAGES (10000) across BENCH_CATCHUP_CONVERSATIONS
//             (100) conversations and reconnects BENCH_CATCHUP_RUNS (5) times
//   media   — one client uploads and downloads BENCH_MEDIA_SIZES bytes (1000000,10000000)
//             BENCH_MEDIA_RUNS (5) times each through `parley serve` and the default store
//             (JetStream object store): MB/s both ways
//   rebuild — a full replay of BENCH_REBUILD_EVENTS (1000000) events over
//             BENCH_REBUILD_CONVERSATIONS (1000) conversations, next to a raw Postgres COPY of
//             the same rows; BENCH_REBUILD_BATCH (10000) events per transaction
//   soak    — not in the default set (it runs for minutes): BENCH_SOAK_CLIENTS (5000)
//             connections in 1:1 pairs, BENCH_SOAK_RATE msgs/s (1000) for BENCH_SOAK_S (180);
//             reports server RSS and heap growth and p50/p99 per minute (drift)
//   all: BENCH_SECONDS (10), BENCH_WARMUP (3), BENCH_PAD payload bytes (100),
//        BENCH_ACK (1: devices acknowledge every 100 ms like the SDK), BENCH_TIMELINE=1
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jetStreamWritesPerS, jsonLoopMs } from './calibrate.js';
import { cpuLine } from './cpu.js';
import { measureCatchup, type CatchupResult } from './catchup.js';
import { header, row, type Scenario } from './common.js';
import { measureDirect, measureRelay } from './direct.js';
import { measureGroup } from './group.js';
import { measureMedia, type MediaRow } from './media.js';
import { measureRebuild, type RebuildResult } from './rebuild.js';
import { measureSoak, soakReport, type SoakResult } from './soak.js';

const env = (name: string, def: number) => Number(process.env[name] ?? def);
const SCENARIOS = (process.env.BENCH_SCENARIOS ?? 'direct,group,catchup,media,rebuild').split(',');
const common = { warmupS: env('BENCH_WARMUP', 3), seconds: env('BENCH_SECONDS', 10), pad: env('BENCH_PAD', 100), ack: process.env.BENCH_ACK !== '0' };

async function main(): Promise<void> {
  const rows: Scenario[] = [];
  const out: Record<string, unknown> = { common };
  let relay: Scenario | undefined;
  let catchup: CatchupResult | undefined;
  let media: MediaRow[] | undefined;
  let soak: SoakResult | undefined;
  let rebuild: RebuildResult | undefined;
  const calibration = Math.round(await jetStreamWritesPerS());
  const loopMs = jsonLoopMs();
  out.jetStreamWritesPerS = calibration;
  out.jsonLoopMs = loopMs;
  process.stdout.write(
    `this machine now: ${calibration} acknowledged 1 KB JetStream publishes/s (DESIGN.md: about 44,000); ` +
      `one core: 20,000 JSON round trips in ${loopMs.toFixed(1)} ms (23-24 on a quiet day)\n`,
  );

  if (SCENARIOS.includes('direct')) {
    const load = { ...common, clients: env('BENCH_CLIENTS', 1000), rate: env('BENCH_RATE', 10_000) };
    process.stdout.write(`1:1: ${load.clients} clients in ${load.clients / 2} pairs, ${load.rate} msgs/s offered, ${load.seconds}s measured after ${load.warmupS}s warm-up, ${load.pad}-byte payloads, acks ${load.ack ? 'on' : 'off'}\n`);
    if (process.env.BENCH_ONLY !== 'parley') rows.push((relay = await measureRelay(load)));
    for (const t of (process.env.BENCH_TOPOLOGY ?? 'serve,split').split(',')) rows.push(await measureDirect(load, t));
    out.direct = load;
  }
  if (SCENARIOS.includes('group')) {
    const load = {
      ...common,
      members: env('BENCH_GROUP_MEMBERS', 100),
      senders: env('BENCH_GROUP_SENDERS', 5),
      rate: env('BENCH_GROUP_RATE', 510),
      copyLimit: env('BENCH_GROUP_COPY_LIMIT', 32),
    };
    process.stdout.write(`group: ${load.members} members, ${load.senders} senders, ${load.rate} msgs/s offered (${load.rate * (load.members - 1)} deliveries/s)\n`);
    rows.push(await measureGroup(load));
    out.group = load;
  }
  if (SCENARIOS.includes('catchup')) {
    const load = { messages: env('BENCH_CATCHUP_MESSAGES', 10_000), conversations: env('BENCH_CATCHUP_CONVERSATIONS', 100), runs: env('BENCH_CATCHUP_RUNS', 5) };
    process.stdout.write(`catch-up: ${load.messages} missed messages across ${load.conversations} conversations\n`);
    catchup = await measureCatchup(load);
  }

  if (SCENARIOS.includes('media')) {
    const load = { sizes: (process.env.BENCH_MEDIA_SIZES ?? '1000000,10000000').split(',').map(Number), runs: env('BENCH_MEDIA_RUNS', 5) };
    process.stdout.write(`media: upload and download of ${load.sizes.join(', ')}-byte objects, ${load.runs} each, default store (JetStream object store)\n`);
    media = await measureMedia(load);
  }

  if (SCENARIOS.includes('soak')) {
    const load = { clients: env('BENCH_SOAK_CLIENTS', 5000), rate: env('BENCH_SOAK_RATE', 1000), seconds: env('BENCH_SOAK_S', 180), pad: common.pad, ack: common.ack };
    process.stdout.write(`soak: ${load.clients} connections, ${load.rate} msgs/s for ${load.seconds} s\n`);
    soak = await measureSoak(load);
  }

  if (SCENARIOS.includes('rebuild')) {
    const load = {
      events: env('BENCH_REBUILD_EVENTS', 1_000_000),
      conversations: env('BENCH_REBUILD_CONVERSATIONS', 1000),
      pad: common.pad,
      batch: env('BENCH_REBUILD_BATCH', 10_000),
    };
    process.stdout.write(`rebuild: ${load.events} events over ${load.conversations} conversations, ${load.pad}-byte texts, ${load.batch} per transaction\n`);
    rebuild = await measureRebuild(load);
    out.rebuild = load;
  }

  if (rows.length > 0) {
    process.stdout.write(`\n${header()}\n`);
    for (const r of rows) process.stdout.write(`${row(r)}\n`);
    for (const r of rows) if (r.cpuUsPerMsg) process.stdout.write(`${cpuLine(r.name, r.cpuUsPerMsg)}\n`);
  }
  if (relay) {
    for (const r of rows.filter((x) => x.name.startsWith('1:1'))) {
      process.stdout.write(`${r.name} / ceiling: delivered ${(r.delivered / relay.delivered).toFixed(2)}x, p99 ${(r.p99 / relay.p99).toFixed(1)}x the relay's\n`);
    }
  }
  if (catchup) {
    process.stdout.write(
      `\ncatch-up of ${catchup.messages} messages from ${catchup.conversations} conversations: median ${catchup.medianMs.toFixed(1)} ms ` +
        `(best ${catchup.bestMs.toFixed(1)} ms; runs ${catchup.runsMs.map((m) => m.toFixed(0)).join(', ')}; first Deliver after ` +
        `${catchup.firstMs.map((m) => m.toFixed(0)).join(', ')} ms), ${Math.round(catchup.msgsPerS)} msgs/s\n` +
        `  CPU per reconnect: parley ${catchup.cpuMs.parley.toFixed(0)} ms, postgres ${catchup.cpuMs.postgres.toFixed(0)} ms, ` +
        `nats-server ${catchup.cpuMs.nats.toFixed(0)} ms, this client ${catchup.cpuMs.client.toFixed(0)} ms\n`,
    );
  }
  if (media) {
    process.stdout.write('\nmedia (one client, one object at a time, through the gateway):\n');
    for (const m of media) {
      process.stdout.write(
        `  ${(m.bytes / 1e6).toFixed(0).padStart(3)} MB: upload ${m.uploadMBps.toFixed(1)} MB/s (p50 ${m.uploadP50Ms.toFixed(0)} ms), download ${m.downloadMBps.toFixed(1)} MB/s (p50 ${m.downloadP50Ms.toFixed(0)} ms)\n`,
      );
    }
  }
  if (rebuild) {
    process.stdout.write(
      `\nrebuild of ${rebuild.events} events: ${rebuild.rebuildS.toFixed(1)} s, ${Math.round(rebuild.rebuildPerS)} events/s; ` +
        `raw COPY of the same ${rebuild.copyRows} rows: ${rebuild.copyS.toFixed(1)} s, ${Math.round(rebuild.copyPerS)} rows/s; ` +
        `rebuild/COPY ${rebuild.ratio.toFixed(2)} (target 0.50)\n` +
        `  the fold reached the end after ${rebuild.foldS.toFixed(1)} s (then deferred indexes, ANALYZE and the swap); ` +
        `reading and decoding the stream alone: ${Math.round(rebuild.readPerS)} events/s\n`,
    );
  }
  if (soak) process.stdout.write(`\n${soakReport(soak)}\n`);
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}${new Date().toISOString().replace(/[:.]/g, '-')}.json`, JSON.stringify({ ...out, rows, catchup, media, rebuild, soak }, null, 2));
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
