// Media helpers for tests: images made by sharp, uploads through the REST flow, and a look
// into the JetStream object store bucket.
import sharp from 'sharp';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import type { Config } from '../../src/shared/config.js';
import { namesFor } from '../../src/shared/names.js';
import { JetStreamObjectStore } from '../../src/media/jetstream-object-store.js';
import type { Api } from './api.js';

/** A JPEG of the given size with some texture (so it does not compress to nothing). */
export async function jpeg(width: number, height: number): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0; i < raw.length; i++) raw[i] = (i * 7 + ((i / 3 / width) | 0)) & 0xff;
  return sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 85 }).toBuffer();
}

/** POST /v1/media, then PUT the bytes to the upload target. Returns the slot. */
export async function uploadBytes(api: Api, token: string, conversationId: string, data: Buffer, contentType: string, declaredSize = data.length): Promise<{ slot: any; put: Response }> {
  const slot = await api.ok('POST', '/v1/media', { conversation_id: conversationId, content_type: contentType, size: declaredSize, filename: 'f.bin' }, token);
  const headers: Record<string, string> = { ...slot.upload_headers };
  if (slot.upload_auth === 'bearer') headers.authorization = `Bearer ${token}`;
  const put = await fetch(new URL(slot.upload_url, api.base), { method: 'PUT', headers, body: new Uint8Array(data) });
  return { slot, put };
}

/** Uploads and completes; returns the verified media. */
export async function uploadVerified(api: Api, token: string, conversationId: string, data: Buffer, contentType: string): Promise<any> {
  const { slot, put } = await uploadBytes(api, token, conversationId, data, contentType);
  if (!put.ok) throw new Error(`upload failed: ${put.status} ${await put.text()}`);
  return api.ok('POST', `/v1/media/${slot.media_id}/complete`, undefined, token);
}

/** What the default store holds for a media object: the original's stat and the bucket's chunk subjects. */
export async function storedInBucket(config: Config, mediaId: string): Promise<{ original: unknown; chunkSubjects: number }> {
  const nc = await connect({ servers: config.NATS_URL });
  try {
    const names = namesFor(config.PARLEY_PREFIX);
    const store = new JetStreamObjectStore(nc, names.mediaBucket);
    await store.init();
    const jsm = await jetstreamManager(nc);
    const info = await jsm.streams.info(`OBJ_${names.mediaBucket}`, { subjects_filter: `$O.${names.mediaBucket}.C.>` });
    return { original: await store.stat(`${mediaId}/original`), chunkSubjects: Object.keys(info.state.subjects ?? {}).length };
  } finally {
    await nc.close();
  }
}
