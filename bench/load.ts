// A paced load: peers send in turn at a fixed total rate; latency is measured from the send
// to each recipient's receipt (one process, one clock).
import { performance } from 'node:perf_hooks';
import { percentile } from './stats.js';

/**
 * BENCH_TIMELINE=1 prints latency per second of the window (to see drift and stalls), in 1:1
 * also the part up to the sending gateway's stamp; BENCH_TIMELINE_MS sets the bucket.
 */
const TIMELINE = process.env.BENCH_TIMELINE === '1';
const BUCKET_MS = Number(process.env.BENCH_TIMELINE_MS ?? 1000);

export interface Peer {
  /** Sends one message whose payload starts with the given timestamp. */
  send(stamp: string): void;
}

export interface LoadResult {
  seconds: number;
  offered: number;
  delivered: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  lost: number;
}

export class LoadMeter {
  private latencies: number[] = [];
  private sent = 0;
  private received = 0;
  private windowStart = Infinity;
  private timeline: number[][] = [];
  private windowEnd = Infinity;
  /** Called as the measured window opens and closes (e.g. to read CPU times). */
  onWindow: ((edge: 'start' | 'end') => void) | undefined;

  /** Per timeline bucket: ms from the send to the sending gateway's stamp (the inbound part). */
  private inbound: number[][] = [];

  /**
   * Call with the payload text a recipient got; only sends inside the window count.
   * gatewayStampMs: the message's sent_at_ms, stamped by the gateway that took the Send (wall
   * clock, like performance.timeOrigin); the timeline then tells a spike on the way in from
   * one after the gateway. Whole milliseconds (Date.now): a figure may read up to 1 ms low.
   */
  onReceive(stamp: string, gatewayStampMs?: number): void {
    const t = Number(stamp.slice(0, stamp.indexOf('|')));
    if (!(t >= this.windowStart && t < this.windowEnd)) return;
    this.received++;
    const lat = performance.now() - t;
    this.latencies.push(lat);
    if (TIMELINE) {
      const sec = Math.floor((t - this.windowStart) / BUCKET_MS);
      (this.timeline[sec] ??= []).push(lat);
      if (gatewayStampMs !== undefined) (this.inbound[sec] ??= []).push(gatewayStampMs - (performance.timeOrigin + t));
    }
  }

  /** fanout: deliveries each send should make (the recipients of a group message). */
  async run(peers: Peer[], rate: number, warmupS: number, measureS: number, padding: number, fanout = 1): Promise<LoadResult> {
    const pad = 'x'.repeat(padding);
    const tickMs = 10;
    let next = 0;
    let credit = 0;
    let last = performance.now();
    // Credit follows the clock, not the tick count: a late tick sends what is due.
    const tick = () => {
      const now0 = performance.now();
      credit += ((now0 - last) * rate) / 1000;
      last = now0;
      while (credit >= 1) {
        credit -= 1;
        const now = performance.now();
        peers[next++ % peers.length]!.send(`${now}|${pad}`);
        if (now >= this.windowStart && now < this.windowEnd) this.sent++;
      }
    };
    const timer = setInterval(tick, tickMs);
    await sleep(warmupS * 1000);
    this.windowStart = performance.now();
    this.onWindow?.('start');
    await sleep(measureS * 1000);
    this.windowEnd = performance.now();
    this.onWindow?.('end');
    const elapsed = (this.windowEnd - this.windowStart) / 1000;
    clearInterval(timer);
    const sentDuring = this.sent;
    // Deliveries of the window's sends that land within a second count toward the rate.
    await sleep(1000);
    const receivedDuring = this.received;
    await sleep(2000); // then let stragglers land before counting losses
    const sorted = this.latencies.sort((a, b) => a - b);
    if (TIMELINE) {
      for (const [sec, lats] of this.timeline.entries()) {
        const s2 = (lats ?? []).sort((a, b) => a - b);
        const g = (this.inbound[sec] ?? []).sort((a, b) => a - b);
        const inbound = g.length > 0 ? `  to the gateway's stamp: p50=${percentile(g, 50).toFixed(1)} p99=${percentile(g, 99).toFixed(1)}` : '';
        process.stdout.write(`  t+${sec * BUCKET_MS}ms sent=${s2.length} p50=${percentile(s2, 50).toFixed(1)} p99=${percentile(s2, 99).toFixed(1)} max=${(s2.at(-1) ?? 0).toFixed(1)}${inbound}\n`);
      }
    }
    return {
      seconds: elapsed,
      offered: sentDuring / elapsed,
      delivered: receivedDuring / elapsed,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted.at(-1) ?? NaN,
      lost: sentDuring * fanout - this.received,
    };
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
