// The same media flow with MEDIA_STORE=s3 against s3rver: uploads and downloads go straight
// to the store through presigned URLs, the gateway verifies, the worker renders thumbnails
// into the same bucket. (s3rver checks expiry but not signatures: see test/helpers/s3.ts.)
import test from 'ava';
import { randomBytes } from 'node:crypto';
import { MediaClient } from '../src/sdk/media.js';
import { S3Store } from '../src/media/s3-store.js';
import { Api } from './helpers/api.js';
import { client, collect, until } from './helpers/clients.js';
import { cleanup, startServer, testConfig, uniqueName, type TestServer } from './helpers/env.js';
import { jpeg, uploadBytes } from './helpers/media.js';
import { startS3, type TestS3 } from './helpers/s3.js';

let s3: TestS3;
let server: TestServer;
let store: S3Store;
let api: Api;
test.before(async () => {
  const bucket = uniqueName();
  s3 = await startS3(bucket);
  const env = { MEDIA_STORE: 's3', S3_ENDPOINT: s3.endpoint, S3_BUCKET: bucket, S3_ACCESS_KEY: s3.accessKey, S3_SECRET_KEY: s3.secretKey, MEDIA_URL_TTL_S: '3' };
  server = await startServer(testConfig(env), { gateway: true, projector: true, mediaWorker: true });
  api = new Api(server.http);
  store = new S3Store({ endpoint: s3.endpoint, region: 'us-east-1', bucket, accessKey: s3.accessKey, secretKey: s3.secretKey, pathStyle: true, partSize: 64 * 1024 * 1024 });
});
test.after.always(async () => {
  if (server) {
    await server.running.close();
    await cleanup(server.config);
  }
  await store?.destroy();
  await s3?.close();
});

test.serial('presigned upload, verification, send, thumbnail and presigned download through S3', async (t) => {
  const alice = await api.newUser('alice');
  const bob = await api.newUser('bob');
  const carol = await api.newUser('carol');
  const conv = await api.direct(alice, bob);
  const image = await jpeg(800, 600);

  const sdk = new MediaClient({ baseUrl: server.http, token: alice.token });
  const media = await sdk.upload(conv, image, { contentType: 'image/jpeg', filename: 'dog.jpg' });
  t.like(media, { kind: 'image', status: 'verified', width: 800, height: 600, size: image.length });
  t.truthy(await store.stat(`${media.id}/original`), 'the bytes went to the bucket');

  const b = client(server.ws, bob.token);
  const got = collect(b);
  await b.connect();
  await b.waitLive();
  const a = client(server.ws, alice.token);
  await a.connect();
  const sent = await a.send(conv, 'dog', undefined, [media.id]);
  await until(() => got.some((d) => d.event.messagePosted?.messageId === sent.messageId), 10_000, 'the message');
  t.like(got.find((d) => d.event.messagePosted?.messageId === sent.messageId)!.event.messagePosted!.media![0], { mediaId: media.id, width: 800, height: 600 });

  await until(async () => (await api.ok('GET', `/v1/media/${media.id}`, undefined, bob.token)).variants.thumbnail !== undefined, 20_000, 'the thumbnail');
  t.truthy(await store.stat(`${media.id}/thumbnail`));

  const link = await api.ok('GET', `/v1/media/${media.id}/url`, undefined, bob.token);
  t.true(link.url.startsWith(s3.endpoint), 'a presigned URL of the store itself');
  const down = await fetch(link.url);
  t.is(down.status, 200);
  t.true(Buffer.from(await down.arrayBuffer()).equals(image));
  t.is((await api.call('GET', `/v1/media/${media.id}/url`, undefined, carol.token)).status, 403);

  await new Promise((r) => setTimeout(r, 3500));
  t.is((await fetch(link.url)).status, 403, 'the presigned URL expired');
  a.close();
  b.close();
});

test.serial('a mismatched upload to S3 is refused and its object deleted', async (t) => {
  const alice = await api.newUser('alice');
  const bob = await api.newUser('bob');
  const conv = await api.direct(alice, bob);
  const { slot, put } = await uploadBytes(api, alice.token, conv, randomBytes(5000), 'image/png');
  t.is(put.status, 200);
  t.is(slot.upload_auth, 'none');
  t.truthy(await store.stat(`${slot.media_id}/original`));
  const r = await api.call('POST', `/v1/media/${slot.media_id}/complete`, undefined, alice.token);
  t.is(r.body.error.code, 'type_mismatch');
  t.is(await store.stat(`${slot.media_id}/original`), undefined);
});
