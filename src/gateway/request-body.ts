// A request body as an async iterable of chunks, for streaming uploads: uWS hands chunks to
// onData (valid only during the callback, so each is copied); when the consumer falls
// behind by more than highWater bytes the socket is paused until it catches up.
import type { HttpResponse } from 'uWebSockets.js';

export class RequestBody implements AsyncIterable<Uint8Array> {
  private readonly queue: Buffer[] = [];
  private queued = 0;
  private done = false;
  private paused = false;
  private discarding = false;
  private wake: (() => void) | undefined;
  aborted = false;
  /** The response was written (no more pause/resume on it). */
  finished = false;

  constructor(
    private readonly res: HttpResponse,
    private readonly highWater = 1024 * 1024,
  ) {
    res.onData((chunk, isLast) => {
      if (!this.discarding && chunk.byteLength > 0) {
        const copy = Buffer.from(chunk.slice(0));
        this.queue.push(copy);
        this.queued += copy.length;
      }
      if (isLast) this.done = true;
      if (this.queued > this.highWater && !this.paused && !this.done) {
        this.paused = true;
        res.pause();
      }
      this.notify();
    });
  }

  abort(): void {
    this.aborted = true;
    this.notify();
  }

  private notify(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }

  private resumeIfLow(): void {
    if (this.paused && this.queued <= this.highWater / 2 && !this.aborted && !this.finished) {
      this.paused = false;
      this.res.resume();
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    for (;;) {
      const c = this.queue.shift();
      if (c) {
        this.queued -= c.length;
        this.resumeIfLow();
        yield c;
        continue;
      }
      if (this.aborted) throw new Error('the client went away during the upload');
      if (this.done) return;
      await new Promise<void>((r) => (this.wake = r));
    }
  }

  /** Throws the rest of the body away; resolves once it has all arrived (or the client left). */
  async drain(): Promise<void> {
    this.discarding = true;
    this.queue.length = 0;
    this.queued = 0;
    this.resumeIfLow();
    while (!this.done && !this.aborted) await new Promise<void>((r) => (this.wake = r));
  }
}
