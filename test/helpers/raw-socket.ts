// A bare WebSocket that speaks frames directly, for protocol and hostile-input tests.
import WebSocket from 'ws';
import { pb } from '../../src/shared/events.js';
import type { parley } from '../../src/gen/proto.js';

export class RawSocket {
  readonly frames: parley.v1.ServerFrame[] = [];
  closed: { code: number; reason: string } | undefined;
  /** What made the client side give up on the socket (an invalid frame, say): an abrupt 1006 says why. */
  clientError: Error | undefined;
  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      try {
        this.frames.push(pb.ServerFrame.decode(new Uint8Array(data)));
      } catch (err) {
        this.clientError = new Error(`undecodable frame ${data.toString('hex').slice(0, 200)}: ${String(err)}`);
        ws.terminate();
      }
    });
    ws.on('error', (err) => (this.clientError ??= err));
    ws.on('close', (code, reason) => (this.closed = { code, reason: reason.toString() }));
  }

  static open(url: string, headers: Record<string, string> = {}): Promise<RawSocket> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers });
      const s = new RawSocket(ws);
      ws.once('open', () => resolve(s));
      ws.once('unexpected-response', (_req, res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => reject(Object.assign(new Error(`upgrade refused: ${res.statusCode}`), { status: res.statusCode, body: JSON.parse(body || '{}') })));
      });
      ws.once('error', reject);
    });
  }

  sendFrame(frame: parley.v1.IClientFrame): void {
    this.ws.send(pb.ClientFrame.encode(frame).finish());
  }

  sendBytes(bytes: Uint8Array | string): void {
    this.ws.send(bytes);
  }

  async next(pred: (f: parley.v1.ServerFrame) => boolean, timeoutMs = 10_000): Promise<parley.v1.ServerFrame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const i = this.frames.findIndex(pred);
      if (i >= 0) return this.frames.splice(i, 1)[0]!;
      if (this.closed) throw new Error(`socket closed ${this.closed.code} ${this.closed.reason}${this.clientError ? ` (client side: ${this.clientError.message})` : ''}`);
      if (Date.now() > deadline) throw new Error('timed out waiting for a frame');
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  error(id?: number): Promise<parley.v1.ServerFrame> {
    return this.next((f) => f.body === 'error' && (id === undefined || f.id === id));
  }

  async waitClosed(timeoutMs = 10_000): Promise<{ code: number; reason: string }> {
    const deadline = Date.now() + timeoutMs;
    while (!this.closed) {
      if (Date.now() > deadline) throw new Error('socket did not close');
      await new Promise((r) => setTimeout(r, 10));
    }
    return this.closed;
  }

  close(): void {
    this.ws.close();
  }
}
