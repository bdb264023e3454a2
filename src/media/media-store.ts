// The contract every media store keeps (test/media-store.test.ts runs the same suite against
// each adapter). Keys are opaque strings made by mediaKey(); bytes are written either by the
// server (put, from a stream it reads) or by the client straight to the store (uploadTarget,
// when the store can presign). Reading is the same: the store may hand out a URL that
// reaches the bytes directly, or the gateway streams them.
export interface StoredObject {
  size: number;
  contentType: string;
}

export interface UploadTarget {
  url: string;
  method: 'PUT';
  headers: Record<string, string>;
}

export interface PutOptions {
  contentType: string;
  /** The put fails with ObjectTooLarge (and leaves nothing behind) once more bytes than this arrive. */
  maxBytes?: number;
  /** The exact size, when known (lets S3 use one request). */
  size?: number;
}

export interface DownloadOptions {
  contentType: string;
  filename?: string;
  /** Save rather than show (files): Content-Disposition attachment. */
  attachment?: boolean;
}

export class ObjectTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`object is larger than ${limit} bytes`);
    this.name = 'ObjectTooLarge';
  }
}

export interface MediaStore {
  /** "jetstream" or "s3": recorded in MediaCreated, named in logs. */
  readonly kind: string;
  /** Creates the bucket if it is missing. Idempotent. */
  init(): Promise<void>;
  /** Stores the stream's bytes under key, replacing what was there. */
  put(key: string, data: AsyncIterable<Uint8Array> | Uint8Array, opts: PutOptions): Promise<StoredObject>;
  /** The object's bytes, or undefined if there is no such object. */
  get(key: string): Promise<AsyncIterable<Uint8Array> | undefined>;
  /** Up to the first n bytes (for type sniffing), or undefined if there is no such object. */
  head(key: string, n: number): Promise<Uint8Array | undefined>;
  stat(key: string): Promise<StoredObject | undefined>;
  /** Removes the object; removing one that does not exist is not an error. */
  delete(key: string): Promise<void>;
  /** A presigned URL the client PUTs the bytes to, or undefined if uploads go through the gateway. */
  uploadTarget(key: string, contentType: string, ttlS: number): Promise<UploadTarget | undefined>;
  /** A presigned GET URL, or undefined if downloads go through the gateway. */
  downloadUrl(key: string, ttlS: number, opts: DownloadOptions): Promise<string | undefined>;
  /** Removes the bucket and everything in it (tests). */
  destroy(): Promise<void>;
}

export type Variant = 'original' | 'preview' | 'thumbnail';
export const VARIANTS: readonly Variant[] = ['original', 'preview', 'thumbnail'];

/** Where a media object's variant is stored: `<media_id>/<variant>`. */
export function mediaKey(mediaId: string, variant: Variant): string {
  return `${mediaId}/${variant}`;
}

/** Collects a stream into one buffer (small objects: images for the thumbnailer, heads). */
export async function readAll(data: AsyncIterable<Uint8Array>, limit = Infinity): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of data) {
    size += c.byteLength;
    if (size > limit) throw new ObjectTooLarge(limit);
    chunks.push(Buffer.from(c.buffer, c.byteOffset, c.byteLength));
  }
  return Buffer.concat(chunks);
}

/** Passes bytes through and fails as soon as more than limit have gone by. */
export async function* limited(data: AsyncIterable<Uint8Array> | Uint8Array, limit: number | undefined): AsyncGenerator<Uint8Array> {
  if (data instanceof Uint8Array) {
    if (limit !== undefined && data.byteLength > limit) throw new ObjectTooLarge(limit);
    yield data;
    return;
  }
  let size = 0;
  for await (const c of data) {
    size += c.byteLength;
    if (limit !== undefined && size > limit) throw new ObjectTooLarge(limit);
    yield c;
  }
}

/** Removes a media object's every variant from the store. */
export async function removeMediaObjects(store: MediaStore, mediaId: string): Promise<void> {
  for (const v of VARIANTS) await store.delete(mediaKey(mediaId, v));
}
