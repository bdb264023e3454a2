import WebSocket from 'ws';
import { ParleyClient, type ClientOptions, type Delivery, type SocketFactory } from '../../src/sdk/client.js';

export function client(url: string, token: string, opts: Partial<ClientOptions> = {}): ParleyClient {
  return new ParleyClient({ url, token, WebSocket: WebSocket as unknown as SocketFactory, ...opts });
}

/** Collects the messages a client receives, in order. */
export function collect(c: ParleyClient): Delivery[] {
  const got: Delivery[] = [];
  c.on('deliver', (d) => got.push(d));
  return got;
}

export async function until(cond: () => boolean | Promise<boolean>, timeoutMs = 20_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export function texts(ds: Delivery[]): string[] {
  return ds.filter((d) => d.event.body === 'messagePosted').map((d) => d.event.messagePosted!.text!);
}
