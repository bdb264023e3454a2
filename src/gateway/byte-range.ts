// Single byte ranges (`Range: bytes=a-b`, `bytes=a-`, `bytes=-n`) for media downloads through
// the gateway, so a <video> can seek. Anything else (several ranges, other units) is served
// whole, as HTTP allows; a range that starts past the end is unsatisfiable (416).
export interface ByteRange {
  start: number;
  /** Inclusive. */
  end: number;
}

/** undefined: serve the whole body; 'unsatisfiable': answer 416. */
export function parseRange(header: string, size: number): ByteRange | 'unsatisfiable' | undefined {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  if (m[1] === '') {
    const n = Number(m[2]);
    if (n === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size) return 'unsatisfiable';
  if (end < start) return undefined;
  return { start, end };
}

/** The bytes of source within the range (the ones before it are read and dropped). */
export async function* sliceBytes(source: AsyncIterable<Uint8Array>, range: ByteRange): AsyncGenerator<Uint8Array> {
  let offset = 0;
  for await (const chunk of source) {
    const from = Math.max(range.start - offset, 0);
    const to = Math.min(range.end + 1 - offset, chunk.byteLength);
    offset += chunk.byteLength;
    if (to > from) yield chunk.subarray(from, to);
    if (offset > range.end) return;
  }
}
