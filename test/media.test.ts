// Media end to end on the default store (JetStream object store): the REST flow, sending
// media over the WebSocket, the worker's thumbnails, access, limits, orphans, and a replay
// of the MEDIA stream that rebuilds the same read model.
import test from 'ava';
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { sql } from 'kysely';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { MediaClient } from '../src/sdk/media.js';
import { createDb, dropSchema, ensureSchema } from '../src/shared/db.js';
import { createLogger } from '../src/shared/log.js';
import { namesFor } from '../src/shared/names.js';
import { MediaUrlSigner } from '../src/media/url-signer.js';
import { migrateToLatest } from '../src/projections/migrations.js';
import { mediaProjection } from '../src/projections/media/projection.js';
import { runProjection } from '../src/projections/runner.js';
import { Api } from './helpers/api.js';
import { client, collect, until } from './helpers/clients.js';
import { cleanup, startServer, testConfig, uniqueName, type TestServer } from './helpers/env.js';
import { jpeg, storedInBucket, uploadBytes, uploadVerified } from './helpers/media.js';

// Groups of more than three are large (members follow the group; catch-up from the read model).
const LIMITS = { MEDIA_MAX_IMAGE_BYTES: '4000000', MEDIA_MAX_FILE_BYTES: '2000000', FEED_COPY_LIMIT: '3' };
let server: TestServer;
let api: Api;
test.before(async () => {
  server = await startServer(testConfig(LIMITS), { gateway: true, projector: true, mediaWorker: true });
  api = new Api(server.http);
});
test.after.always(async () => {
  if (!server) return;
  await server.running.close();
  await cleanup(server.config);
});

test.serial('an image goes up, is verified, is sent, and the recipient gets its metadata live, in history and with a thumbnail', async (t) => {
  const alice = await api.newUser('alice');
  const bob = await api.newUser('bob');
  const conv = await api.direct(alice, bob);
  const image = await jpeg(1600, 1200);

  const slot = await api.ok('POST', '/v1/media', { conversation_id: conv, content_type: 'image/jpeg', size: image.length, filename: 'cat.jpg' }, alice.token);
  t.is(slot.upload_method, 'PUT');
  t.is(slot.upload_url, `/v1/media/${slot.media_id}/content`);
  t.true(slot.expires_at_ms > Date.now());
  const unauth = await fetch(new URL(slot.upload_url, api.base), { method: 'PUT', body: new Uint8Array(image) });
  t.is(unauth.status, 401, 'uploading needs the uploader\'s token');
  t.is((await api.call('POST', `/v1/media/${slot.media_id}/complete`, undefined, alice.token)).body.error.code, 'not_uploaded');
  const put = await fetch(new URL(slot.upload_url, api.base), { method: 'PUT', headers: { ...slot.upload_headers, authorization: `Bearer ${alice.token}` }, body: new Uint8Array(image) });
  t.is(put.status, 200);
  const done = await api.ok('POST', `/v1/media/${slot.media_id}/complete`, undefined, alice.token);
  t.like(done, { id: slot.media_id, kind: 'image', content_type: 'image/jpeg', size: image.length, filename: 'cat.jpg', width: 1600, height: 1200, status: 'verified' });
  t.like(done.media, { id: slot.media_id, status: 'verified' });

  const a = client(server.ws, alice.token);
  const b = client(server.ws, bob.token);
  const got = collect(b);
  await a.connect();
  await b.connect();
  await b.waitLive();
  const sent = await a.send(conv, 'look', undefined, [slot.media_id]);
  await until(() => got.some((d) => d.event.messagePosted?.messageId === sent.messageId), 10_000, 'the message');
  const posted = got.find((d) => d.event.messagePosted?.messageId === sent.messageId)!.event.messagePosted!;
  t.deepEqual(posted.mediaIds, [slot.media_id]);
  t.like(posted.media![0], { mediaId: slot.media_id, kind: 1, contentType: 'image/jpeg', size: image.length, width: 1600, height: 1200, filename: 'cat.jpg' });

  // The worker renders the preview and the thumbnail from the MEDIA stream.
  let media: any;
  await until(async () => (media = await api.ok('GET', `/v1/media/${slot.media_id}`, undefined, bob.token)).variants.thumbnail !== undefined, 20_000, 'the thumbnail');
  t.like(media.variants.thumbnail, { content_type: 'image/webp', width: 320, height: 240 });
  t.like(media.variants.preview, { content_type: 'image/webp', width: 1280, height: 960 });
  t.like(media.variants.original, { content_type: 'image/jpeg', size: image.length, width: 1600, height: 1200 });

  let inHistory: any;
  await until(async () => {
    const history = await api.ok('GET', `/v1/conversations/${conv}/messages`, undefined, bob.token);
    return (inHistory = history.messages.find((m: any) => m.message_id === sent.messageId)) !== undefined;
  }, 10_000, 'the message in history');
  t.like(inHistory.media[0], { id: slot.media_id, kind: 'image', width: 1600, height: 1200 });
  t.truthy(inHistory.media[0].variants.thumbnail);

  // A signed URL works without a token (an <img src>), and serves the thumbnail.
  const link = await api.ok('GET', `/v1/media/${slot.media_id}/url?variant=thumbnail`, undefined, bob.token);
  t.true(link.expires_at_ms > Date.now());
  const thumb = await fetch(new URL(link.url, api.base));
  t.is(thumb.status, 200);
  t.is(thumb.headers.get('content-type'), 'image/webp');
  const meta = await sharp(Buffer.from(await thumb.arrayBuffer())).metadata();
  t.is(meta.width, 320);

  // A <video> seeks with byte ranges.
  const original = new URL((await api.ok('GET', `/v1/media/${slot.media_id}/url`, undefined, bob.token)).url, api.base);
  const part = await fetch(original, { headers: { range: 'bytes=100-1123' } });
  t.is(part.status, 206);
  t.is(part.headers.get('content-range'), `bytes 100-1123/${image.length}`);
  t.true(Buffer.from(await part.arrayBuffer()).equals(image.subarray(100, 1124)));
  t.is((await fetch(original, { headers: { range: `bytes=${image.length}-` } })).status, 416);

  // The SDK downloads the original, byte for byte.
  const sdk = new MediaClient({ baseUrl: server.http, token: bob.token });
  t.true(Buffer.from(await sdk.download(slot.media_id)).equals(image));
  a.close();
  b.close();
});

test.serial('the SDK uploads a file and sends it over REST; history carries it', async (t) => {
  const alice = await api.newUser('alice');
  const bob = await api.newUser('bob');
  const conv = await api.direct(alice, bob);
  const data = randomBytes(1_500_000);
  const sdk = new MediaClient({ baseUrl: server.http, token: alice.token });
  const media = await sdk.upload(conv, data, { contentType: 'application/octet-stream', filename: 'blob.bin' });
  t.like(media, { kind: 'file', status: 'verified', size: data.length, width: 0, height: 0 });
  const sent = await api.ok('POST', `/v1/conversations/${conv}/messages`, { text: '', media_ids: [media.id] }, alice.token);
  // Sent means durable in the log; the history read model follows a moment later.
  await until(async () => (await api.call('GET', `/v1/messages/${sent.message_id}`, undefined, bob.token)).status === 200, 10_000, 'the message in history');
  const msg = await api.ok('GET', `/v1/messages/${sent.message_id}`, undefined, bob.token);
  t.like(msg.media[0], { id: media.id, kind: 'file', filename: 'blob.bin', size: data.length });
  const bobs = new MediaClient({ baseUrl: server.http, token: bob.token });
  t.true(Buffer.from(await bobs.download(media.id)).equals(data));
});

test.serial('a large group\'s member catching up from the read model gets the media too', async (t) => {
  const users = await Promise.all(['admin', 'b', 'c', 'd'].map((n) => api.newUser(n)));
  const [admin, , carol] = users as [(typeof users)[0], (typeof users)[0], (typeof users)[0]];
  const g = await api.ok('POST', '/v1/conversations', { type: 'group', name: 'big', participant_ids: users.slice(1).map((u) => u.user_id) }, admin.token);
  const conv = g.conversation_id;
  const media = await uploadVerified(api, admin.token, conv, await jpeg(100, 50), 'image/jpeg');
  const a = client(server.ws, admin.token);
  await a.connect();
  const c1 = client(server.ws, carol.token);
  const got1 = collect(c1);
  await c1.connect();
  await c1.waitLive();
  await a.send(conv, 'live one');
  await until(() => got1.some((d) => d.event.messagePosted?.text === 'live one'));
  c1.close();
  await a.send(conv, 'with a picture', undefined, [media.id]);
  const c2 = client(server.ws, carol.token);
  const got2 = collect(c2);
  await c2.connect();
  await c2.waitLive();
  const d = got2.find((x) => x.event.messagePosted?.text === 'with a picture');
  t.truthy(d, 'caught up');
  t.is(d!.cursor, 0, 'through the large group\'s catch-up, not the feed');
  t.like(d!.event.messagePosted!.media![0], { mediaId: media.id, contentType: 'image/jpeg', width: 100, height: 50 });
  a.close();
  c2.close();
});

test.serial('only members of a conversation the media was sent in may fetch it; links expire and cannot be forged', async (t) => {
  const alice = await api.newUser('alice');
  const bob = await api.newUser('bob');
  const carol = await api.newUser('carol');
  const conv = await api.direct(alice, bob);
  const media = await uploadVerified(api, alice.token, conv, await jpeg(64, 64), 'image/jpeg');

  // Not sent yet: only the uploader may see it.
  t.is((await api.call('GET', `/v1/media/${media.id}/url`, undefined, alice.token)).status, 200);
  t.is((await api.call('GET', `/v1/media/${media.id}/url`, undefined, bob.token)).status, 403);
  await api.ok('POST', `/v1/conversations/${conv}/messages`, { text: 'pic', media_ids: [media.id] }, alice.token);
  t.is((await api.call('GET', `/v1/media/${media.id}/url`, undefined, bob.token)).status, 200);

  for (const path of [`/v1/media/${media.id}`, `/v1/media/${media.id}/url`, `/v1/media/${media.id}/content`]) {
    const r = await api.call('GET', path, undefined, carol.token);
    t.is(r.status, 403, `${path} refuses a non-member`);
    t.is(r.body.error.code, 'forbidden');
  }
  t.is((await api.call('GET', `/v1/media/${media.id}/content`)).status, 401, 'no token, no signature');

  const signer = new MediaUrlSigner(server.config.MEDIA_URL_SECRET ?? server.config.JWT_SECRET);
  const past = Date.now() - 1000;
  const expired = await fetch(`${server.http}/v1/media/${media.id}/content?variant=original&exp=${past}&sig=${signer.sign(media.id, 'original', past)}`);
  t.is(expired.status, 403);
  t.is(((await expired.json()) as any).error.code, 'link_expired');
  const link = await api.ok('GET', `/v1/media/${media.id}/url`, undefined, bob.token);
  const url = new URL(link.url, api.base);
  t.is((await fetch(url)).status, 200);
  url.searchParams.set('exp', String(Number(url.searchParams.get('exp')) + 3_600_000));
  t.is((await fetch(url)).status, 403, 'a link whose expiry was moved is refused');
  url.searchParams.set('variant', 'thumbnail');
  t.is((await fetch(url)).status, 403);
});

test.serial('oversize, mismatched and unsupported uploads are refused with a code, and leave nothing behind', async (t) => {
  const alice = await api.newUser('alice');
  const bob = await api.newUser('bob');
  const conv = await api.direct(alice, bob);

  const declared = await api.call('POST', '/v1/media', { conversation_id: conv, content_type: 'image/jpeg', size: 4_000_001 }, alice.token);
  t.is(declared.status, 413);
  t.is(declared.body.error.code, 'too_large');
  const unsupported = await api.call('POST', '/v1/media', { conversation_id: conv, content_type: 'application/x-msdownload', size: 10 }, alice.token);
  t.is(unsupported.status, 415);
  t.is(unsupported.body.error.code, 'unsupported_type');
  const outsider = await api.newUser('eve');
  t.is((await api.call('POST', '/v1/media', { conversation_id: conv, content_type: 'image/jpeg', size: 10 }, outsider.token)).status, 403);

  // Declared small, streamed large: refused while streaming, no chunk kept.
  const before = await storedInBucket(server.config, 'none');
  const big = await uploadBytes(api, alice.token, conv, randomBytes(4_300_000), 'image/jpeg', 1000);
  t.is(big.put.status, 413);
  t.is(((await big.put.json()) as any).error.code, 'too_large');
  const afterBig = await storedInBucket(server.config, big.slot.media_id);
  t.is(afterBig.original, undefined);
  t.is(afterBig.chunkSubjects, before.chunkSubjects, 'no chunk of the refused upload is left');

  // A JPEG declared as PNG: the type sniffed from the bytes decides.
  const png = await uploadBytes(api, alice.token, conv, await jpeg(32, 32), 'image/png');
  t.is(png.put.status, 200);
  const mismatch = await api.call('POST', `/v1/media/${png.slot.media_id}/complete`, undefined, alice.token);
  t.is(mismatch.status, 415);
  t.is(mismatch.body.error.code, 'type_mismatch');
  t.is((await storedInBucket(server.config, png.slot.media_id)).original, undefined, 'the refused object is deleted');
  t.is((await api.call('POST', `/v1/media/${png.slot.media_id}/complete`, undefined, alice.token)).body.error.code, 'type_mismatch');

  // Text that is really a ZIP; and a size other than declared.
  const zip = Buffer.from('504b0304140000000800', 'hex');
  const fake = await uploadBytes(api, alice.token, conv, Buffer.concat([zip, randomBytes(200)]), 'text/plain');
  t.is((await api.call('POST', `/v1/media/${fake.slot.media_id}/complete`, undefined, alice.token)).body.error.code, 'type_mismatch');
  const short = await uploadBytes(api, alice.token, conv, Buffer.from('hello'), 'text/plain', 6);
  const sizeMismatch = await api.call('POST', `/v1/media/${short.slot.media_id}/complete`, undefined, alice.token);
  t.is(sizeMismatch.status, 422);
  t.is(sizeMismatch.body.error.code, 'size_mismatch');
  t.is((await storedInBucket(server.config, short.slot.media_id)).original, undefined);

  // None of them may be sent; nor someone else's media, nor media not yet verified.
  const ws = client(server.ws, alice.token);
  await ws.connect();
  const err = await t.throwsAsync(ws.send(conv, 'x', undefined, [png.slot.media_id]));
  t.is((err as any).code, 'media_not_found');
  const pending = await uploadBytes(api, alice.token, conv, Buffer.from('plain words'), 'text/plain');
  t.is(((await t.throwsAsync(ws.send(conv, 'x', undefined, [pending.slot.media_id]))) as any).code, 'media_not_ready');
  const bobs = await uploadVerified(api, bob.token, conv, Buffer.from('bob says'), 'text/plain');
  t.is(((await t.throwsAsync(ws.send(conv, 'x', undefined, [bobs.id]))) as any).code, 'media_not_found');
  const otherConv = await api.direct(alice, outsider);
  const elsewhere = await uploadVerified(api, alice.token, otherConv, Buffer.from('elsewhere'), 'text/plain');
  t.is(((await t.throwsAsync(ws.send(conv, 'x', undefined, [elsewhere.id]))) as any).code, 'media_not_allowed');
  const rest = await api.call('POST', `/v1/conversations/${conv}/messages`, { text: 'x', media_ids: [pending.slot.media_id] }, alice.token);
  t.is(rest.status, 409);
  t.is(rest.body.error.code, 'media_not_ready');
  ws.close();
});

test.serial('a replay of the MEDIA stream into a fresh schema rebuilds the same media read model', async (t) => {
  const config = server.config;
  const names = namesFor(config.PARLEY_PREFIX);
  const nc = await connect({ servers: config.NATS_URL });
  const live = createDb(config, { max: 2 });
  const freshSchema = uniqueName();
  const fresh = createDb(config, { schema: freshSchema, max: 2 });
  try {
    const jsm = await jetstreamManager(nc);
    const last = (await jsm.streams.info(names.mediaStream)).state.last_seq;
    t.true(last > 20, 'the earlier tests left a media history');
    await until(async () => (await sql<{ seq: number }>`select seq from projection_checkpoints where name = 'media'`.execute(live)).rows[0]?.seq === last, 10_000, 'the live projection');
    await ensureSchema(fresh, freshSchema);
    await migrateToLatest(fresh, freshSchema);
    // Small batches: the fold must not depend on where batches start and end.
    const replay = runProjection({ nc, db: fresh, names, log: createLogger('silent'), batchSize: 3 }, mediaProjection(names));
    await replay.start();
    await until(() => replay.position === last, 10_000, 'the replay');
    await replay.close();
    const dump = async (db: typeof live) => ({
      media: (await sql`select * from media order by media_id`.execute(db)).rows,
      attachments: (await sql`select * from media_attachments order by media_id, message_id`.execute(db)).rows,
    });
    const [a, b] = [await dump(live), await dump(fresh)];
    t.true(a.media.length >= 10);
    t.true(a.attachments.length >= 3);
    t.deepEqual(b, a);
  } finally {
    await nc.close();
    await live.destroy();
    await dropSchema(fresh, freshSchema);
    await fresh.destroy();
  }
});

test.serial('media never sent is collected after MEDIA_ORPHAN_AGE_S; sent media stays', async (t) => {
  const config = testConfig({ MEDIA_ORPHAN_AGE_S: '1', MEDIA_ORPHAN_SWEEP_S: '3600' });
  const s = await startServer(config, { gateway: true, projector: true, mediaWorker: true });
  try {
    const oapi = new Api(s.http);
    const alice = await oapi.newUser('alice');
    const bob = await oapi.newUser('bob');
    const conv = await oapi.direct(alice, bob);
    const kept = await uploadVerified(oapi, alice.token, conv, Buffer.from('kept'), 'text/plain');
    await oapi.ok('POST', `/v1/conversations/${conv}/messages`, { text: 'x', media_ids: [kept.id] }, alice.token);
    const unsent = await uploadVerified(oapi, alice.token, conv, Buffer.from('never sent'), 'text/plain');
    const uploadedOnly = await uploadBytes(oapi, alice.token, conv, Buffer.from('uploaded, never completed'), 'text/plain');
    const never = await oapi.ok('POST', '/v1/media', { conversation_id: conv, content_type: 'text/plain', size: 3 }, alice.token);

    t.is(await s.running.mediaWorker!.collectOrphans(Date.now()), 0, 'nothing is old enough yet');
    const n = await s.running.mediaWorker!.collectOrphans(Date.now() + 1500);
    t.is(n, 3);
    for (const id of [unsent.id, uploadedOnly.slot.media_id]) t.is((await storedInBucket(config, id)).original, undefined, 'the bytes are gone');
    await until(async () => (await oapi.call('GET', `/v1/media/${unsent.id}`, undefined, alice.token)).status === 404, 5000, 'the read model');
    t.is((await oapi.call('GET', `/v1/media/${never.media_id}`, undefined, alice.token)).status, 404);
    t.like(await oapi.ok('GET', `/v1/media/${kept.id}`, undefined, bob.token), { status: 'verified' });
    t.truthy((await storedInBucket(config, kept.id)).original);
    t.is(await s.running.mediaWorker!.collectOrphans(Date.now() + 1500), 0, 'each orphan is collected once');
  } finally {
    await s.running.close();
    await cleanup(config);
  }
});
