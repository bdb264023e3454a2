// Derived renditions of an image (sharp): a compressed preview for the conversation view and
// a small thumbnail for lists. Both WebP, oriented by EXIF, never enlarged; the original is
// kept untouched.
import sharp from 'sharp';
import type { VariantInfo } from './media-rules.js';

/** Image types sharp can read and the worker renders. */
export const RENDERABLE = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);

export interface Rendition {
  info: VariantInfo;
  bytes: Buffer;
}

export async function renderVariants(original: Buffer, sizes: { preview: number; thumbnail: number }): Promise<Rendition[]> {
  const out: Rendition[] = [];
  for (const [name, px, quality] of [
    ['preview', sizes.preview, 80],
    ['thumbnail', sizes.thumbnail, 70],
  ] as const) {
    const { data, info } = await sharp(original, { limitInputPixels: 100_000_000 })
      .rotate()
      .resize({ width: px, height: px, fit: 'inside', withoutEnlargement: true })
      .webp({ quality })
      .toBuffer({ resolveWithObject: true });
    out.push({ bytes: data, info: { name, content_type: 'image/webp', size: data.length, width: info.width, height: info.height } });
  }
  return out;
}

/** Width and height of an image, oriented as displayed; undefined if sharp cannot read it. */
export async function imageSize(bytes: Buffer): Promise<{ width: number; height: number } | undefined> {
  try {
    const m = await sharp(bytes).metadata();
    if (!m.width || !m.height) return undefined;
    // EXIF orientations 5-8 are rotated by 90 degrees.
    return (m.orientation ?? 1) >= 5 ? { width: m.height, height: m.width } : { width: m.width, height: m.height };
  } catch {
    return undefined;
  }
}
