// The default media store: a JetStream object store bucket on the NATS server Parley already
// needs, so media works with no extra server. It cannot presign: uploads and downloads go
// through the gateway (PUT/GET /v1/media/{id}/content), which streams the bytes in and out
// in 128 KiB chunks. Works on nats-server 2.9 (the bucket is a plain stream).
import { Objm, type ObjectStore } from '@nats-io/obj';
import type { NatsConnection } from '@nats-io/transport-node';
import { StorageType } from '@nats-io/jetstream';
import { limited, type MediaStore, type PutOptions, type StoredObject, type UploadTarget } from './media-store.js';

const CONTENT_TYPE = 'content-type';

export class JetStreamObjectStore implements MediaStore {
  readonly kind = 'jetstream';
  private bucket: ObjectStore | undefined;

  constructor(
    private readonly nc: NatsConnection,
    private readonly bucketName: string,
  ) {}

  async init(): Promise<void> {
    this.bucket = await new Objm(this.nc).create(this.bucketName, { storage: StorageType.File });
  }

  private get os(): ObjectStore {
    if (!this.bucket) throw new Error('media store not initialised');
    return this.bucket;
  }

  async put(key: string, data: AsyncIterable<Uint8Array> | Uint8Array, opts: PutOptions): Promise<StoredObject> {
    // A failing source (over the limit, or the client went away) makes put purge the chunks
    // it already wrote: nothing is left behind, and an older object under key is kept.
    const info = await this.os.put({ name: key, metadata: { [CONTENT_TYPE]: opts.contentType } }, streamOf(limited(data, opts.maxBytes)));
    return { size: info.size, contentType: opts.contentType };
  }

  async get(key: string): Promise<AsyncIterable<Uint8Array> | undefined> {
    const r = await this.os.get(key);
    if (!r) return undefined;
    // The digest check runs at the end of the stream; a mismatch errors the stream itself.
    r.error.catch(() => undefined);
    return r.data as unknown as AsyncIterable<Uint8Array>;
  }

  async head(key: string, n: number): Promise<Uint8Array | undefined> {
    const r = await this.os.get(key);
    if (!r) return undefined;
    r.error.catch(() => undefined);
    const reader = r.data.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    while (size < n) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
    await reader.cancel().catch(() => undefined);
    return Buffer.concat(chunks).subarray(0, n);
  }

  async stat(key: string): Promise<StoredObject | undefined> {
    const info = await this.os.info(key);
    if (!info || info.deleted) return undefined;
    return { size: info.size, contentType: info.metadata?.[CONTENT_TYPE] ?? 'application/octet-stream' };
  }

  async delete(key: string): Promise<void> {
    await this.os.delete(key);
  }

  async uploadTarget(): Promise<UploadTarget | undefined> {
    return undefined;
  }

  async downloadUrl(): Promise<string | undefined> {
    return undefined;
  }

  async destroy(): Promise<void> {
    await this.os.destroy().catch(() => undefined);
  }
}

/** A pull-driven web stream over an async iterator: the store reads as fast as it writes. */
function streamOf(source: AsyncIterator<Uint8Array>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await source.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel() {
      await source.return?.(undefined);
    },
  });
}
