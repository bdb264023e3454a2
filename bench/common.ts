// What the benchmark scenarios share: sockets that read only what they measure, batched
// set-up, RSS readings, acknowledgements like the SDK's, and the result table.
import type { ChildProcess } from 'node:child_process';
import type { CpuTimes } from './cpu.js';
import { readFileSync } from 'node:fs';
import WebSocket from 'ws';
import { pb } from '../src/shared/events.js';
import type { LoadResult } from './load.js';
import { rssKiB } from './stats.js';

export interface Scenario extends LoadResult {
  name: string;
  clients: number;
  rssPerConnKiB: number;
  rssUnderLoadMiB: number;
  /** Server and load-driver CPU µs per delivered message in the measured window (cpu.ts); not for the relay. */
  cpuUsPerMsg?: CpuTimes & { driver: number };
}

// ServerFrame: optional id (field 1, varint) first, then the body's tag.
export const DELIVER_TAG = (4 << 3) | 2;
export const CAUGHT_UP_TAG = (8 << 3) | 2;
export function bodyTag(frame: Buffer): number {
  let i = 0;
  if (frame[0] === 0x08) {
    i = 1;
    while (i < frame.length && (frame[i]! & 0x80) !== 0) i++;
    i++;
  }
  return frame[i] ?? 0;
}

export const rss = (pid: number) => rssKiB(pid, (p) => readFileSync(p, 'utf8'));

export function pollRss(pid: number) {
  let peak = 0;
  const t = setInterval(() => (peak = Math.max(peak, rss(pid))), 500);
  return {
    stop() {
      clearInterval(t);
      return peak;
    },
  };
}

/** onMessage is attached before the upgrade completes: frames can arrive with the upgrade. */
export function openSocket(url: string, onMessage: (data: Buffer) => void, headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers, perMessageDeflate: false });
    ws.binaryType = 'nodebuffer';
    ws.on('message', onMessage);
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

export async function inBatches<T>(n: number, width: number, fn: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(n);
  for (let i = 0; i < n; i += width) {
    const batch = [];
    for (let j = i; j < Math.min(n, i + width); j++) batch.push(fn(j).then((v) => (out[j] = v)));
    await Promise.all(batch);
  }
  return out;
}

/**
 * A Parley device for the driver: resolves once caught up; decodes only Deliver frames and
 * hands their MessagePosted to onMessage; acknowledges what it received every 100 ms, as the
 * SDK does (feed cursors, and positions in large groups).
 */
export async function device(
  url: string,
  token: string,
  onMessage: (m: { senderId: string; text: string; sentAtMs?: number }) => void,
  ack = true,
): Promise<WebSocket> {
  let live: () => void = () => undefined;
  let fail: (e: Error) => void = () => undefined;
  const caughtUp = new Promise<void>((resolve, reject) => ((live = resolve), (fail = reject)));
  let cursor = 0;
  let acked = 0;
  const groups = new Map<string, number>();
  const ackedGroups = new Map<string, number>();
  const seen: number[] = [];
  const opened = performance.now();
  const ws = await openSocket(
    url,
    (data) => {
      const tag = bodyTag(data);
      if (seen.length < 8) seen.push(tag >> 3);
      if (tag === DELIVER_TAG) {
        const d = pb.ServerFrame.decode(data).deliver!;
        if (d.cursor) cursor = Number(d.cursor);
        else groups.set(d.conversationId ?? '', Number(d.seq));
        const m = d.event?.messagePosted;
        if (m) onMessage({ senderId: m.senderId ?? '', text: m.text ?? '', sentAtMs: Number(m.sentAtMs) });
      } else if (tag === CAUGHT_UP_TAG) live();
    },
    { authorization: `Bearer ${token}` },
  );
  let lastError = '';
  ws.on('error', (err) => (lastError = String(err)));
  ws.once('close', (code, reason) =>
    fail(new Error(`device closed before CaughtUp: ${code} ${reason.toString()} ${lastError} after ${(performance.now() - opened).toFixed(0)} ms, frames ${seen.join(',')}`)),
  );
  if (ack) {
    const timer = setInterval(() => {
      if (ws.readyState !== WebSocket.OPEN) return clearInterval(timer);
      if (cursor > acked) ws.send(pb.ClientFrame.encode({ ack: { cursor: (acked = cursor) } }).finish());
      for (const [conversationId, seq] of groups) {
        if ((ackedGroups.get(conversationId) ?? 0) >= seq) continue;
        ackedGroups.set(conversationId, seq);
        ws.send(pb.ClientFrame.encode({ ack: { conversationId, seq } }).finish());
      }
    }, 100);
    ws.once('close', () => clearInterval(timer));
  }
  await caughtUp;
  return ws;
}

export function header(): string {
  return `${'scenario'.padEnd(34)} ${'offered/s'.padStart(9)} ${'deliv/s'.padStart(9)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'max ms'.padStart(7)} ${'lost'.padStart(6)} ${'KiB/conn'.padStart(9)} ${'RSS MiB'.padStart(8)}`;
}

export function row(s: Scenario): string {
  const f = (n: number, d = 1) => n.toFixed(d);
  return [
    s.name.padEnd(34),
    f(s.offered, 0).padStart(9),
    f(s.delivered, 0).padStart(9),
    f(s.p50).padStart(7),
    f(s.p95).padStart(7),
    f(s.p99).padStart(7),
    f(s.max).padStart(7),
    String(s.lost).padStart(6),
    f(s.rssPerConnKiB).padStart(9),
    f(s.rssUnderLoadMiB).padStart(8),
  ].join(' ');
}

/**
 * Stops a spawned parley and waits until it has exited (SIGKILL after 10 s), so the
 * scenario's clean-up never races its last transactions (dropping a schema a projector
 * still writes to ends in a deadlock).
 */
export async function stopParley(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill();
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
