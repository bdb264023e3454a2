// Does an object's content match the type its uploader declared? The type is sniffed from
// the first bytes by `file-type` (magic numbers of several hundred formats), never guessed
// here by hand.
import { fileTypeFromBuffer, supportedMimeTypes } from 'file-type';

/** Bytes file-type needs to see to recognise any format it knows. */
export const SNIFF_BYTES = 4100;

const ALIASES: Record<string, string> = { 'image/jpg': 'image/jpeg', 'image/pjpeg': 'image/jpeg', 'audio/x-wav': 'audio/wav' };

export function normalizeType(contentType: string): string {
  const base = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  return ALIASES[base] ?? base;
}

export async function sniffType(head: Uint8Array): Promise<string | undefined> {
  return (await fileTypeFromBuffer(head))?.mime;
}

/**
 * The declared type matches when it is what the sniffer found; a type the sniffer cannot
 * recognise (text/plain, CSV, ...) matches only content that is none of the formats it
 * does recognise; application/octet-stream ("some bytes") matches anything.
 */
export function typeMatches(declared: string, sniffed: string | undefined): boolean {
  const d = normalizeType(declared);
  if (d === 'application/octet-stream') return true;
  if ((supportedMimeTypes as ReadonlySet<string>).has(d)) return sniffed !== undefined && normalizeType(sniffed) === d;
  return sniffed === undefined;
}
