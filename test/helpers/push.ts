// Test doubles for src/push: a clock that moves only when told, a provider whose every
// request the test answers by hand, and a local HTTP server that records what it received.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock, Timer } from '../../src/push/clock.js';
import { pushNotification } from '../../src/push/push-notification.js';
import type { PushNotification } from '../../src/push/push-notification.js';
import type { PushProvider, PushResult, PushTarget, PushTargetKind } from '../../src/push/push-provider.js';

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(v: T): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Lets pending promise callbacks and I/O callbacks run. */
export function tick(): Promise<void> {
  return new Promise((r) => setImmediate(r));
}

export async function waitFor(cond: () => boolean, what = 'condition', timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

interface FakeTimer {
  at: number;
  ms: number;
  fn: () => void;
}

export class FakeClock implements Clock {
  private t: number;
  private timers: FakeTimer[] = [];

  constructor(start = 1_700_000_000_000) {
    this.t = start;
  }

  now(): number {
    return this.t;
  }

  after(ms: number, fn: () => void): Timer {
    const timer: FakeTimer = { at: this.t + ms, ms, fn };
    this.timers.push(timer);
    return { cancel: () => (this.timers = this.timers.filter((x) => x !== timer)) };
  }

  /** The delays the pending timers were set with, in the order they fire. */
  get pending(): number[] {
    return [...this.timers].sort((a, b) => a.at - b.at).map((x) => x.ms);
  }

  /** Moves time forward by ms, firing every timer that falls due, in order. */
  advance(ms: number): void {
    const until = this.t + ms;
    for (;;) {
      const next = [...this.timers].sort((a, b) => a.at - b.at)[0];
      if (next === undefined || next.at > until) break;
      this.timers = this.timers.filter((x) => x !== next);
      this.t = next.at;
      next.fn();
    }
    this.t = until;
  }

  /** Jumps to the earliest timer and fires it; returns the delay it was set with. */
  fireNext(): number {
    const next = [...this.timers].sort((a, b) => a.at - b.at)[0];
    if (next === undefined) throw new Error('no timer pending');
    this.advance(next.at - this.t);
    return next.ms;
  }
}

export interface ScriptedCall {
  target: PushTarget;
  notification: PushNotification;
  signal: AbortSignal | undefined;
  answer(result: PushResult): void;
}

/** A provider whose requests stay open until the test answers them (or they are aborted). */
export class ScriptedProvider implements PushProvider {
  readonly calls: ScriptedCall[] = [];
  inFlight = 0;
  maxInFlight = 0;
  closed = false;

  constructor(readonly kind: PushTargetKind = 'webhook') {}

  send(target: PushTarget, notification: PushNotification, signal?: AbortSignal): Promise<PushResult> {
    const d = deferred<PushResult>();
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    let done = false;
    const once = (r: PushResult) => {
      if (done) return;
      done = true;
      this.inFlight--;
      d.resolve(r);
    };
    signal?.addEventListener('abort', () => once({ status: 'retryable', reason: 'aborted' }), { once: true });
    this.calls.push({ target, notification, signal, answer: once });
    return d.promise;
  }

  /** Answers the call numbered i (0 = the first ever made) once it exists. */
  async answer(i: number, result: PushResult): Promise<void> {
    await waitFor(() => this.calls.length > i, `call ${i}`);
    this.calls[i]!.answer(result);
    await tick();
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

export function note(i: number, conversationId = 'c1', userId = 'u1'): PushNotification {
  return pushNotification({ userId, conversationId, messageId: `m${i}`, title: 'Ann', text: `message ${i}` });
}

export interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
  at: number;
}

export interface RecordingServer {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

/**
 * A local HTTP/1.1 server that keeps every request (raw body included) and lets `handle`
 * answer; handle may hold the answer back by awaiting.
 */
export async function recordingServer(
  handle: (req: Received, res: ServerResponse) => void | Promise<void>,
): Promise<RecordingServer> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r: Received = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks), at: Date.now() };
      received.push(r);
      Promise.resolve(handle(r, res)).catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(500).end(String(err));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}
