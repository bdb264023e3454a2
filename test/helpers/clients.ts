import WebSocket from 'ws';
import { ParleyClient, type ClientOptions, type Delivery, type SocketFactory } from '../../src/sdk/client.js';
import { pb } from '../../src/shared/events.js';
import type { parley } from '../../src/gen/proto.js';

export function client(url: string | string[], token: string, opts: Partial<ClientOptions> = {}): ParleyClient {
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

/** Every frame that crossed a client's sockets, both ways, across all its reconnects. */
export interface Wire {
  received: parley.v1.ServerFrame[];
  sent: parley.v1.ClientFrame[];
  /** Sockets opened. */
  sockets: number;
}

/**
 * A socket class for the SDK that records every frame on the wire, so a test sees what the
 * server really sent (the SDK itself drops a Deliver it has seen).
 */
export function tappedSocket(wire: Wire): SocketFactory {
  return class extends WebSocket {
    constructor(url: string) {
      super(url);
      wire.sockets++;
      this.addEventListener('message', (ev) => {
        wire.received.push(pb.ServerFrame.decode(new Uint8Array(ev.data as ArrayBuffer)));
      });
    }

    override send(data: Uint8Array): void {
      wire.sent.push(pb.ClientFrame.decode(data));
      super.send(data);
    }
  } as unknown as SocketFactory;
}

/** A client whose frames are recorded in wire. */
export function tappedClient(url: string | string[], token: string, opts: Partial<ClientOptions> = {}): { c: ParleyClient; wire: Wire } {
  const wire: Wire = { received: [], sent: [], sockets: 0 };
  return { c: client(url, token, { ...opts, WebSocket: tappedSocket(wire) }), wire };
}

/** How many Deliver frames of each message (by text) came over the wire. */
export function deliveredCounts(wire: Wire): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of wire.received) {
    const text = f.body === 'deliver' ? f.deliver?.event?.messagePosted?.text : undefined;
    if (text != null) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return counts;
}
