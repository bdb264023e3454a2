// How fast the machine is right now, printed before the scenarios, because this machine's
// speed varies several times over within an hour (README, "Benchmark"): a scenario's figures
// mean little without the ceiling they were measured under.
// - JetStream's write rate: acknowledged async publishes of 1 KB to a private file-storage
//   stream, 2,000 in flight, through nats.js. DESIGN.md's figure for this box is about 44,000/s.
// - One core's speed: 20,000 JSON round trips of a small object in one loop, the best of
//   three. On a quiet day here it takes 23-24 ms; on 2026-11-22 it took up to 58 ms at times,
//   and every CPU figure of a run scales with it.
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { loadConfig } from '../src/shared/config.js';
import { connectNats } from '../src/shared/nats.js';
import { uniqueName } from '../test/helpers/env.js';

export async function jetStreamWritesPerS(count = 50_000): Promise<number> {
  const nc = await connectNats(loadConfig(process.env), 'bench-calibrate');
  const jsm = await jetstreamManager(nc);
  const name = `CALIB_${uniqueName()}`;
  try {
    await jsm.streams.add({ name, subjects: [`${name}.>`] });
    const js = jetstream(nc);
    const payload = new Uint8Array(1024);
    const t0 = performance.now();
    let inflight: Array<Promise<unknown>> = [];
    for (let i = 0; i < count; i++) {
      inflight.push(js.publish(`${name}.x`, payload));
      if (inflight.length >= 2000) {
        await Promise.all(inflight);
        inflight = [];
      }
    }
    await Promise.all(inflight);
    return count / ((performance.now() - t0) / 1000);
  } finally {
    await jsm.streams.delete(name).catch(() => undefined);
    await nc.close();
  }
}

/** Milliseconds for 20,000 JSON round trips of a small object on one core: the best of three. */
export function jsonLoopMs(): number {
  const o = { a: 1, b: 'hello', c: [1, 2, 3], d: { e: 'x'.repeat(50) } };
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    for (let i = 0; i < 20_000; i++) JSON.parse(JSON.stringify(o));
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}
