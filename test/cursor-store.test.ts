// The device position store against a real KV bucket: what is written is the newest of
// everything the device acknowledged, whichever connections of it came and went meanwhile.
import test from 'ava';
import { Kvm, type KV } from '@nats-io/kv';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { CursorStore } from '../src/gateway/cursor-store.js';
import { AckPublisher } from '../src/shared/ack-publisher.js';
import { createLogger } from '../src/shared/log.js';
import { uniqueName } from './helpers/env.js';

const log = createLogger('silent');

async function bucket(): Promise<{ nc: NatsConnection; kv: KV; name: string; stored: (key: string) => Promise<unknown> }> {
  const nc = await connect({ servers: process.env.NATS_URL ?? 'nats://127.0.0.1:4222' });
  const name = uniqueName();
  const kv = await new Kvm(nc).create(name, { history: 1 });
  return { nc, kv, name, stored: async (key) => JSON.parse((await kv.get(key))?.string() ?? 'null') };
}

test('a reconnect racing the previous connection\'s last write keeps both the feed cursor and the group positions', async (t) => {
  const { nc, kv, stored } = await bucket();
  const store = new CursorStore(kv, log);
  try {
    t.is(await store.acquire('d1'), undefined, 'a device never seen');
    store.recordGroup('d1', 'g1', 5);
    store.record('d1', 10);
    const closing = store.release('d1'); // the first socket closes: its position is being written
    const second = store.acquire('d1'); // the device is back before the write is done
    await closing;
    t.deepEqual(await second, { cursor: 10, groups: { g1: 5 } });
    store.record('d1', 12);
    await store.release('d1');
    t.deepEqual(await stored('d1'), { c: 12, g: { g1: 5 } });

    // Two sockets of one device on this gateway: the first one closing does not make the
    // second forget what the device has.
    await store.acquire('d1');
    await store.acquire('d1');
    store.recordGroup('d1', 'g1', 7);
    await store.release('d1');
    store.record('d1', 20);
    await store.release('d1');
    t.deepEqual(await stored('d1'), { c: 20, g: { g1: 7 } });
  } finally {
    await store.close();
    await kv.destroy();
    await nc.close();
  }
});

test('a device\'s first position is stored even when it is 0, and positions never move back', async (t) => {
  const { nc, kv, stored } = await bucket();
  const store = new CursorStore(kv, log);
  try {
    await store.acquire('d2');
    store.record('d2', 0);
    await store.release('d2');
    t.deepEqual(await stored('d2'), { c: 0, g: {} }, 'a device seen at 0 is not a new device next time');
    t.deepEqual(await store.acquire('d2'), { cursor: 0, groups: {} });
    store.record('d2', 9);
    store.record('d2', 4);
    store.recordGroup('d2', 'g', 3);
    store.recordGroup('d2', 'g', 2);
    await store.release('d2');
    t.deepEqual(await stored('d2'), { c: 9, g: { g: 3 } });
  } finally {
    await store.close();
    await kv.destroy();
    await nc.close();
  }
});

test('a position is written only after beforeWrite (the deliveries) succeeded, and as it was when the write began', async (t) => {
  const { nc, kv, stored } = await bucket();
  let answer = false;
  let release: (() => void) | undefined;
  const store = new CursorStore(kv, log, {
    intervalMs: 60_000,
    beforeWrite: async () => {
      if (!answer) return false;
      await new Promise<void>((r) => (release = r));
      return true;
    },
  });
  try {
    await store.acquire('d3');
    store.record('d3', 5);
    await store.flush();
    t.is(await stored('d3'), null, 'the deliveries were not recorded: nothing written');
    answer = true;
    const writing = store.flush();
    await new Promise((r) => setTimeout(r, 20));
    store.record('d3', 8); // an Ack while the deliveries are being recorded: not covered yet
    release!();
    await writing;
    t.deepEqual(await stored('d3'), { c: 5, g: {} });
    const again = store.release('d3');
    await new Promise((r) => setTimeout(r, 20));
    release!();
    await again;
    t.deepEqual(await stored('d3'), { c: 8, g: {} });
  } finally {
    answer = false;
    await store.close();
    await kv.destroy();
    await nc.close();
  }
});

test('positions written by a plain acknowledged publish to the bucket\'s subject (the gateway\'s way) read back through the KV', async (t) => {
  const { nc, kv, name, stored } = await bucket();
  const publisher = new AckPublisher(nc);
  const store = new CursorStore(kv, log, { put: (deviceId, value) => publisher.publish(`$KV.${name}.${deviceId}`, Buffer.from(value)) });
  try {
    await store.acquire('d4');
    store.recordGroup('d4', 'g', 6);
    store.record('d4', 11);
    await store.release('d4');
    t.deepEqual(await stored('d4'), { c: 11, g: { g: 6 } });
    t.deepEqual(await store.acquire('d4'), { cursor: 11, groups: { g: 6 } }, 'and the store reads it back');
    await store.release('d4');
  } finally {
    await store.close();
    publisher.close();
    await kv.destroy();
    await nc.close();
  }
});
