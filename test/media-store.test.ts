// One contract, two adapters: the JetStream object store (default) and S3 through minio
// against s3rver. Every test uses its own bucket and removes it.
import test from 'ava';
import { randomBytes } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { JetStreamObjectStore } from '../src/media/jetstream-object-store.js';
import { ObjectTooLarge, readAll, type MediaStore } from '../src/media/media-store.js';
import { S3Store } from '../src/media/s3-store.js';
import { loadConfig } from '../src/shared/config.js';
import { startS3, type TestS3 } from './helpers/s3.js';
import { uniqueName } from './helpers/env.js';

interface Adapter {
  name: string;
  open(): Promise<{ store: MediaStore; close(): Promise<void>; leftovers(): Promise<number> }>;
}

let nc: NatsConnection;
let s3: TestS3;
test.before(async () => {
  nc = await connect({ servers: loadConfig().NATS_URL });
  s3 = await startS3('unused');
});
test.after.always(async () => {
  await nc?.close();
  await s3?.close();
});

const adapters: Adapter[] = [
  {
    name: 'jetstream',
    async open() {
      const bucket = `${uniqueName()}_media`;
      const store = new JetStreamObjectStore(nc, bucket);
      await store.init();
      const jsm = await jetstreamManager(nc);
      return {
        store,
        close: () => store.destroy(),
        // Chunks still stored in the bucket's stream (a deleted object keeps a metadata marker).
        leftovers: async () => Object.keys((await jsm.streams.info(`OBJ_${bucket}`, { subjects_filter: `$O.${bucket}.C.>` })).state.subjects ?? {}).length,
      };
    },
  },
  {
    name: 's3',
    async open() {
      // A part size of 5 MiB makes the 6 MiB stream below a multipart upload.
      const store = new S3Store({ endpoint: s3.endpoint, region: 'us-east-1', bucket: uniqueName(), accessKey: s3.accessKey, secretKey: s3.secretKey, pathStyle: true, partSize: 5 * 1024 * 1024 });
      await store.init();
      return {
        store,
        close: () => store.destroy(),
        leftovers: async () => {
          let n = 0;
          for await (const _ of (store as unknown as { client: { listObjectsV2(b: string, p: string, r: boolean): AsyncIterable<unknown> } }).client.listObjectsV2(
            (store as unknown as { bucket: string }).bucket,
            '',
            true,
          ))
            n++;
          return n;
        },
      };
    },
  },
];

async function* chunked(data: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

for (const adapter of adapters) {
  const it = (title: string, body: (t: any, store: MediaStore, leftovers: () => Promise<number>) => Promise<void>) =>
    test(`${adapter.name}: ${title}`, async (t) => {
      const { store, close, leftovers } = await adapter.open();
      try {
        await body(t, store, leftovers);
      } finally {
        await close();
      }
    });

  it('bytes put are the bytes got, with size, type and head', async (t, store) => {
    const data = randomBytes(300_000);
    const put = await store.put('m1/original', data, { contentType: 'image/png' });
    t.is(put.size, data.length);
    t.deepEqual(await store.stat('m1/original'), { size: data.length, contentType: 'image/png' });
    t.true(Buffer.from((await store.head('m1/original', 100))!).equals(data.subarray(0, 100)));
    t.true((await readAll((await store.get('m1/original'))!)).equals(data));
  });

  it('a stream of unknown length larger than a part is stored whole', async (t, store) => {
    const data = randomBytes(6 * 1024 * 1024 + 123);
    const put = await store.put('big/original', chunked(data, 64 * 1024), { contentType: 'application/octet-stream' });
    t.is(put.size, data.length);
    t.true((await readAll((await store.get('big/original'))!)).equals(data));
  });

  it('a missing object is undefined everywhere, and deleting it is fine', async (t, store) => {
    t.is(await store.stat('nope/original'), undefined);
    t.is(await store.get('nope/original'), undefined);
    t.is(await store.head('nope/original', 10), undefined);
    await t.notThrowsAsync(store.delete('nope/original'));
  });

  it('delete removes the object', async (t, store, leftovers) => {
    await store.put('d/original', randomBytes(1000), { contentType: 'text/plain' });
    await store.delete('d/original');
    t.is(await store.stat('d/original'), undefined);
    t.is(await leftovers(), 0);
  });

  it('a stream over the limit is refused while streaming and leaves nothing behind', async (t, store, leftovers) => {
    const data = randomBytes(700_000);
    const err = await t.throwsAsync(store.put('x/original', chunked(data, 50_000), { contentType: 'application/octet-stream', maxBytes: 500_000 }));
    t.true(err instanceof ObjectTooLarge);
    t.is(await store.stat('x/original'), undefined);
    t.is(await leftovers(), 0, 'no chunk, part or object is left in the bucket');
  });

  it('presigned URLs (where the store has them) upload, download and expire', async (t, store) => {
    const target = await store.uploadTarget('p/original', 'image/jpeg', 60);
    const url = await store.downloadUrl('p/original', 60, { contentType: 'image/jpeg' });
    if (adapter.name === 'jetstream') {
      t.is(target, undefined, 'the object store has no URLs: bytes go through the gateway');
      t.is(url, undefined);
      return;
    }
    const data = randomBytes(50_000);
    const up = await fetch(target!.url, { method: 'PUT', headers: target!.headers, body: data });
    t.is(up.status, 200);
    const down = await fetch(url!);
    t.is(down.status, 200);
    t.true(Buffer.from(await down.arrayBuffer()).equals(data));
    const short = await store.downloadUrl('p/original', 1, { contentType: 'image/jpeg' });
    await new Promise((r) => setTimeout(r, 2100));
    t.is((await fetch(short!)).status, 403, 'an expired URL is refused');
  });
}
