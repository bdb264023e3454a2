// Media for SDK users (Node 18+ and browsers: only fetch): upload a file for a conversation
// and get it verified, then pass its id to ParleyClient.send; read metadata, get download
// URLs, download. Works with either store: the server says where the bytes go (a presigned
// S3 URL, or the gateway, which needs the bearer token).
import { ParleyError } from './client.js';

export type MediaVariantName = 'original' | 'preview' | 'thumbnail';

export interface MediaVariantInfo {
  content_type: string;
  size: number;
  width: number;
  height: number;
}

export interface MediaObject {
  id: string;
  media_id: string;
  conversation_id: string;
  kind: 'image' | 'video' | 'file';
  content_type: string;
  size: number;
  filename: string;
  width: number;
  height: number;
  status: 'pending' | 'uploaded' | 'verified' | 'deleted';
  variants: Partial<Record<MediaVariantName, MediaVariantInfo>>;
}

export interface MediaClientOptions {
  /** The gateway's HTTP base, e.g. http://localhost:8080 (the same host as the WebSocket). */
  baseUrl: string;
  token: string;
  fetch?: typeof fetch;
}

export interface UploadOptions {
  contentType: string;
  filename?: string;
}

export class MediaClient {
  private readonly fetch: typeof fetch;

  constructor(private readonly opts: MediaClientOptions) {
    this.fetch = opts.fetch ?? globalThis.fetch.bind(globalThis);
  }

  private resolve(url: string): string {
    return new URL(url, this.opts.baseUrl).toString();
  }

  private async json(method: string, path: string, body?: unknown): Promise<any> {
    const res = await this.fetch(this.resolve(path), {
      method,
      headers: { authorization: `Bearer ${this.opts.token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return answer(res);
  }

  /** Uploads the bytes and has the server verify them; resolves with the verified media. */
  async upload(conversationId: string, data: Uint8Array | Blob, opts: UploadOptions): Promise<MediaObject> {
    const size = data instanceof Uint8Array ? data.byteLength : data.size;
    const slot = await this.json('POST', '/v1/media', {
      conversation_id: conversationId,
      content_type: opts.contentType,
      size,
      ...(opts.filename ? { filename: opts.filename } : {}),
    });
    const headers: Record<string, string> = { ...slot.upload_headers };
    if (slot.upload_auth === 'bearer') headers.authorization = `Bearer ${this.opts.token}`;
    const put = await this.fetch(this.resolve(slot.upload_url), { method: slot.upload_method ?? 'PUT', headers, body: data as BodyInit });
    await answer(put, true);
    return this.json('POST', `/v1/media/${encodeURIComponent(slot.media_id)}/complete`);
  }

  get(mediaId: string): Promise<MediaObject> {
    return this.json('GET', `/v1/media/${encodeURIComponent(mediaId)}`);
  }

  /** A URL that works without a token until expires_at_ms (for <img src>, players, links). */
  async url(mediaId: string, variant: MediaVariantName = 'original'): Promise<{ url: string; expires_at_ms: number }> {
    const r = await this.json('GET', `/v1/media/${encodeURIComponent(mediaId)}/url?variant=${variant}`);
    return { ...r, url: this.resolve(r.url) };
  }

  async download(mediaId: string, variant: MediaVariantName = 'original'): Promise<Uint8Array> {
    const { url } = await this.url(mediaId, variant);
    const res = await this.fetch(url);
    if (!res.ok) await answer(res);
    return new Uint8Array(await res.arrayBuffer());
  }
}

async function answer(res: Response, anyBody = false): Promise<any> {
  const text = await res.text();
  if (res.ok) return anyBody || text === '' ? undefined : JSON.parse(text);
  let code = `http_${res.status}`;
  let message = text.slice(0, 200);
  try {
    const e = JSON.parse(text).error;
    if (e?.code) ({ code, message } = e);
  } catch {
    // S3 answers in XML; the status says enough.
  }
  throw new ParleyError(code, message);
}
