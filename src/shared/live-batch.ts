// The wire format of live entries on core NATS: one message carries a committed batch's feed
// entries and large-group announcements, in log order, to every gateway (names.liveSubject).
// Per-user subjects cost one NATS message per entry in the projector, in nats-server and in
// every gateway; a batch costs one. Each gateway picks out the keys it holds sockets for.
//
// A record: kind (1 byte), key length (1 byte), key (UTF-8), data length (4 bytes, big
// endian), data (an encoded Deliver). A batch larger than MAX_MESSAGE_BYTES goes out as
// several messages, split between records.

export const LIVE_FEED = 0;
export const LIVE_GROUP = 1;
export type LiveKind = typeof LIVE_FEED | typeof LIVE_GROUP;

export interface LiveRecord {
  kind: LiveKind;
  /** A user id (feed entries) or a conversation id (a large group's message). */
  key: string;
  data: Uint8Array;
}

/** Well under nats-server's default max_payload (1 MB). */
export const MAX_MESSAGE_BYTES = 256 * 1024;

const HEAD_BYTES = 6;

/** The messages that carry records, in order. */
export function encodeLiveBatch(records: readonly LiveRecord[], maxBytes = MAX_MESSAGE_BYTES): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  while (start < records.length) {
    let size = 0;
    let end = start;
    for (; end < records.length; end++) {
      const r = records[end]!;
      const keyBytes = Buffer.byteLength(r.key);
      if (keyBytes > 255) throw new Error(`live record key too long: ${r.key.slice(0, 40)}...`);
      const n = HEAD_BYTES + keyBytes + r.data.byteLength;
      if (end > start && size + n > maxBytes) break;
      size += n;
    }
    const buf = Buffer.allocUnsafe(size);
    let pos = 0;
    for (let i = start; i < end; i++) {
      const r = records[i]!;
      buf[pos] = r.kind;
      const keyBytes = buf.write(r.key, pos + 2, 'utf8');
      buf[pos + 1] = keyBytes;
      pos += 2 + keyBytes;
      buf.writeUInt32BE(r.data.byteLength, pos);
      buf.set(r.data, pos + 4);
      pos += 4 + r.data.byteLength;
    }
    out.push(buf);
    start = end;
  }
  return out;
}

/**
 * Calls visit for each record of one message, in order. data is a view into bytes (no copy).
 * Throws on a truncated record, after visiting the ones before it.
 */
export function readLiveBatch(bytes: Uint8Array, visit: (kind: number, key: string, data: Uint8Array) => void): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 0;
  while (pos < buf.length) {
    if (pos + 2 > buf.length) throw new Error('truncated live record');
    const kind = buf[pos]!;
    const keyEnd = pos + 2 + buf[pos + 1]!;
    if (keyEnd + 4 > buf.length) throw new Error('truncated live record');
    const key = buf.toString('utf8', pos + 2, keyEnd);
    const dataEnd = keyEnd + 4 + buf.readUInt32BE(keyEnd);
    if (dataEnd > buf.length) throw new Error('truncated live record');
    visit(kind, key, buf.subarray(keyEnd + 4, dataEnd));
    pos = dataEnd;
  }
}
