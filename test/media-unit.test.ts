// The pure parts of media: the lifecycle fold, type matching, limits, link signatures.
import test from 'ava';
import type { parley } from '../src/gen/proto.js';
import { evolveMedia, type MediaState } from '../src/media/media-rules.js';
import { MediaLimits } from '../src/media/limits.js';
import { typeMatches } from '../src/media/sniff.js';
import { MediaUrlSigner } from '../src/media/url-signer.js';
import { loadConfig } from '../src/shared/config.js';
import { parseRange, sliceBytes } from '../src/gateway/byte-range.js';
import { contentPath } from '../src/gateway/routes/media.js';

function fold(events: parley.v1.IEvent[]): { state: MediaState | undefined; attachments: number } {
  let state: MediaState | undefined;
  let attachments = 0;
  events.forEach((e, i) => {
    const out = evolveMedia(state, e, i + 1);
    if (out) state = out.state;
    if (out?.attachment) attachments++;
  });
  return { state, attachments };
}

const created: parley.v1.IEvent = { mediaCreated: { mediaId: 'm', conversationId: 'c', uploaderId: 'u', kind: 1, contentType: 'image/png', size: 10, atMs: 1 } };
const verified: parley.v1.IEvent = { mediaVerified: { mediaId: 'm', contentType: 'image/png', size: 10, width: 4, height: 3, atMs: 2 } };
const attached = (conversationId: string): parley.v1.IEvent => ({ mediaAttached: { mediaId: 'm', conversationId, messageId: 'x', atMs: 3 } });

test('given created, uploaded, verified, thumbnails and an attachment, the media is verified and attached', (t) => {
  const { state, attachments } = fold([
    created,
    { mediaUploaded: { mediaId: 'm', size: 10 } },
    verified,
    { mediaThumbnailReady: { mediaId: 'm', variants: [{ name: 'thumbnail', contentType: 'image/webp', size: 5, width: 2, height: 1 }] } },
    attached('c'),
  ]);
  t.like(state, { status: 'verified', width: 4, height: 3, attached_at_ms: 3, last_seq: 5 });
  t.is(state!.variants[0]!.name, 'thumbnail');
  t.is(attachments, 1);
});

test('an attachment in another conversation, or before verification, does not count', (t) => {
  t.is(fold([created, verified, attached('other')]).state!.attached_at_ms, null);
  t.is(fold([created, attached('c')]).state!.attached_at_ms, null);
  t.is(fold([created, attached('c')]).attachments, 0);
});

test('deleted is final: no verification, thumbnails or attachment after it; events before creation are ignored', (t) => {
  const { state, attachments } = fold([created, { mediaDeleted: { mediaId: 'm', reason: 'type_mismatch', atMs: 2 } }, verified, attached('c')]);
  t.like(state, { status: 'deleted', delete_reason: 'type_mismatch', attached_at_ms: null, last_seq: 4 });
  t.is(attachments, 0);
  t.is(fold([verified]).state, undefined);
  t.like(fold([created, verified, created]).state, { status: 'verified', last_seq: 3 }, 'a second creation changes nothing but the position');
});

test('declared types match what the sniffer finds', (t) => {
  t.true(typeMatches('image/jpeg', 'image/jpeg'));
  t.true(typeMatches('image/jpg', 'image/jpeg'));
  t.false(typeMatches('image/png', 'image/jpeg'));
  t.false(typeMatches('image/png', undefined));
  t.true(typeMatches('text/plain', undefined));
  t.false(typeMatches('text/plain', 'application/zip'));
  t.true(typeMatches('application/octet-stream', 'application/x-msdownload'));
});

test('limits per kind and allowed types come from the configuration', (t) => {
  const limits = new MediaLimits(loadConfig({ MEDIA_MAX_IMAGE_BYTES: '100', MEDIA_ALLOWED_TYPES: 'image/png, video/mp4' }));
  t.like(limits.check('image/PNG', 100), { contentType: 'image/png', kind: 'image' });
  t.is(t.throws(() => limits.check('image/png', 101))!.message, 'an image may be at most 100 bytes');
  t.is((t.throws(() => limits.check('image/jpeg', 1)) as any).code, 'unsupported_type');
  t.is(limits.check('video/mp4', 1000).maxBytes, 100 * 1024 * 1024);
});

test('signed links: a changed media, variant or expiry is refused; an old one is expired', (t) => {
  const s = new MediaUrlSigner('a secret of sixteen+');
  const sig = s.sign('m', 'original', 2000);
  t.is(s.check('m', 'original', 2000, sig, 1000), 'ok');
  t.is(s.check('m', 'original', 2000, sig, 2000), 'expired');
  t.is(s.check('m', 'thumbnail', 2000, sig, 1000), 'bad');
  t.is(s.check('n', 'original', 2000, sig, 1000), 'bad');
  t.is(s.check('m', 'original', 3000, sig, 1000), 'bad');
  t.is(new MediaUrlSigner('another secret, 16+').check('m', 'original', 2000, sig, 1000), 'bad');
});

test('byte ranges: one range is served, several or malformed ones mean the whole body', async (t) => {
  t.deepEqual(parseRange('bytes=0-9', 100), { start: 0, end: 9 });
  t.deepEqual(parseRange('bytes=90-', 100), { start: 90, end: 99 });
  t.deepEqual(parseRange('bytes=-10', 100), { start: 90, end: 99 });
  t.deepEqual(parseRange('bytes=50-500', 100), { start: 50, end: 99 });
  t.is(parseRange('bytes=100-', 100), 'unsatisfiable');
  t.is(parseRange('bytes=0-1,5-6', 100), undefined);
  t.is(parseRange('items=0-1', 100), undefined);
  async function* chunks() {
    for (let i = 0; i < 10; i++) yield Uint8Array.from({ length: 10 }, (_, j) => i * 10 + j);
  }
  const got: number[] = [];
  for await (const c of sliceBytes(chunks(), { start: 15, end: 34 })) got.push(...c);
  t.deepEqual(got, Array.from({ length: 20 }, (_, i) => 15 + i));
});

test('gateway media URLs are relative unless MEDIA_PUBLIC_URL names the public base', (t) => {
  t.is(contentPath('m1'), '/v1/media/m1/content');
  const config = loadConfig({ MEDIA_PUBLIC_URL: 'https://chat.example.com/' });
  t.is(contentPath('m1', config.MEDIA_PUBLIC_URL), 'https://chat.example.com/v1/media/m1/content');
  t.is(loadConfig({}).MEDIA_PUBLIC_URL, undefined);
});
