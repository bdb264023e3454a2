// Media in an S3-compatible store (MinIO in production, or any S3) through the `minio`
// client. Clients upload and download straight to and from the store with presigned URLs
// (short TTLs); the gateway only signs, verifies and, for thumbnails, reads and writes.
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import * as Minio from 'minio';
import { limited, ObjectTooLarge, type DownloadOptions, type MediaStore, type PutOptions, type StoredObject, type UploadTarget } from './media-store.js';

export interface S3Settings {
  endpoint: string;
  region: string;
  bucket: string;
  accessKey: string;
  secretKey: string;
  pathStyle: boolean;
  partSize: number;
}

export class S3Store implements MediaStore {
  readonly kind = 's3';
  private readonly client: Minio.Client;
  private readonly bucket: string;

  constructor(s: S3Settings) {
    const url = new URL(s.endpoint);
    const useSSL = url.protocol === 'https:';
    this.client = new Minio.Client({
      endPoint: url.hostname,
      port: url.port ? Number(url.port) : useSSL ? 443 : 80,
      useSSL,
      accessKey: s.accessKey,
      secretKey: s.secretKey,
      region: s.region,
      pathStyle: s.pathStyle,
      partSize: s.partSize,
    });
    this.bucket = s.bucket;
  }

  async init(): Promise<void> {
    if (await this.client.bucketExists(this.bucket)) return;
    await this.client.makeBucket(this.bucket).catch(async (err: unknown) => {
      // Another process made it in the meantime.
      if (!(await this.client.bucketExists(this.bucket))) throw err;
    });
  }

  async put(key: string, data: AsyncIterable<Uint8Array> | Uint8Array, opts: PutOptions): Promise<StoredObject> {
    const meta = { 'Content-Type': opts.contentType };
    if (data instanceof Uint8Array) {
      if (opts.maxBytes !== undefined && data.byteLength > opts.maxBytes) throw new ObjectTooLarge(opts.maxBytes);
      await this.client.putObject(this.bucket, key, Buffer.from(data.buffer, data.byteOffset, data.byteLength), data.byteLength, meta);
      return { size: data.byteLength, contentType: opts.contentType };
    }
    // minio pipes the body without listening for its errors, so a failing source would be an
    // uncaught exception and a stalled upload. Instead the source is pumped into a stream that
    // simply ends early when the limit is passed; the truncated object is then deleted.
    const body = new PassThrough();
    const abort = new AbortController();
    let failure: unknown;
    const pump = (async () => {
      try {
        for await (const c of limited(data, opts.maxBytes)) {
          if (!body.write(c)) await once(body, 'drain', { signal: abort.signal });
        }
      } catch (err) {
        failure = err;
      } finally {
        body.end();
      }
    })();
    try {
      await this.client.putObject(this.bucket, key, body, opts.size, meta);
    } catch (err) {
      failure ??= err;
      abort.abort();
    }
    await pump;
    if (failure !== undefined) {
      await this.delete(key).catch(() => undefined);
      throw failure;
    }
    const stored = await this.stat(key);
    return { size: stored?.size ?? 0, contentType: opts.contentType };
  }

  async get(key: string): Promise<AsyncIterable<Uint8Array> | undefined> {
    try {
      return await this.client.getObject(this.bucket, key);
    } catch (err) {
      if (isMissing(err)) return undefined;
      throw err;
    }
  }

  async head(key: string, n: number): Promise<Uint8Array | undefined> {
    const stat = await this.stat(key);
    if (!stat) return undefined;
    if (stat.size === 0) return new Uint8Array(0);
    const chunks: Buffer[] = [];
    for await (const c of await this.client.getPartialObject(this.bucket, key, 0, Math.min(n, stat.size))) chunks.push(c as Buffer);
    return Buffer.concat(chunks).subarray(0, n);
  }

  async stat(key: string): Promise<StoredObject | undefined> {
    try {
      const s = await this.client.statObject(this.bucket, key);
      return { size: s.size, contentType: String(s.metaData['content-type'] ?? 'application/octet-stream') };
    } catch (err) {
      if (isMissing(err)) return undefined;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.removeObject(this.bucket, key);
  }

  async uploadTarget(key: string, contentType: string, ttlS: number): Promise<UploadTarget> {
    const url = await this.client.presignedPutObject(this.bucket, key, ttlS);
    return { url, method: 'PUT', headers: { 'content-type': contentType } };
  }

  async downloadUrl(key: string, ttlS: number, opts: DownloadOptions): Promise<string> {
    const headers: Record<string, string> = { 'response-content-type': opts.contentType };
    const disposition = opts.attachment ? 'attachment' : 'inline';
    headers['response-content-disposition'] = opts.filename ? `${disposition}; filename*=UTF-8''${encodeURIComponent(opts.filename)}` : disposition;
    return this.client.presignedGetObject(this.bucket, key, ttlS, headers);
  }

  async destroy(): Promise<void> {
    const keys: string[] = [];
    for await (const o of this.client.listObjectsV2(this.bucket, '', true)) if (o.name) keys.push(o.name);
    // One by one: a multi-object delete is one request, but s3rver fails it for keys that
    // share a prefix, and this only runs in tests.
    for (const key of keys) await this.client.removeObject(this.bucket, key);
    await this.client.removeBucket(this.bucket).catch(() => undefined);
  }
}

function isMissing(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return code === 'NoSuchKey' || code === 'NotFound' || code === 'NoSuchObject';
}
