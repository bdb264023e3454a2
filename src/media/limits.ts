// What may be uploaded: allowed content types and the largest size per kind (configured).
import type { Config } from '../shared/config.js';
import { ParleyError } from '../shared/errors.js';
import { kindOf, type MediaKindName } from './media-rules.js';
import { normalizeType } from './sniff.js';

export class MediaLimits {
  private readonly allowed: Set<string>;

  constructor(private readonly config: Config) {
    this.allowed = new Set(config.MEDIA_ALLOWED_TYPES.map(normalizeType));
  }

  maxBytes(kind: MediaKindName): number {
    if (kind === 'image') return this.config.MEDIA_MAX_IMAGE_BYTES;
    if (kind === 'video') return this.config.MEDIA_MAX_VIDEO_BYTES;
    return this.config.MEDIA_MAX_FILE_BYTES;
  }

  /** The normalised type and its kind, or unsupported_type / too_large. */
  check(contentType: string, size: number): { contentType: string; kind: MediaKindName; maxBytes: number } {
    const type = normalizeType(contentType);
    if (!this.allowed.has(type)) throw new ParleyError('unsupported_type', `content type ${type || '(none)'} is not allowed`);
    const kind = kindOf(type);
    const maxBytes = this.maxBytes(kind);
    if (size > maxBytes) throw new ParleyError('too_large', `${article(kind)} may be at most ${maxBytes} bytes`);
    return { contentType: type, kind, maxBytes };
  }
}

/** "an image", "a video", "a file". */
export function article(kind: MediaKindName): string {
  return kind === 'image' ? 'an image' : `a ${kind}`;
}
