// Reading JetStream's answer to a publish. Nearly every answer is one of two short JSON texts,
// {"stream":"S","seq":N} or {"stream":"S","seq":N,"duplicate":true}; those are read straight
// from the bytes, without decoding the text and building it as JSON (a PubAck per message
// in the gateway). Anything else (an error, a domain, fields a later server adds) goes
// through JSON.parse, so the answer is the same either way; test/unit.test.ts compares them.

export interface PubAckReply {
  stream?: string;
  seq?: number;
  duplicate?: boolean;
  error?: { err_code?: number; code?: number; description?: string };
}

const decoder = new TextDecoder();
const HEAD = bytesOf('{"stream":"');
const SEQ = bytesOf('","seq":');
const DUPLICATE = bytesOf(',"duplicate":true}');
const QUOTE = 0x22;
const CLOSE = 0x7d;
/** Seq digits: 15 stay below 2^53. */
const MAX_DIGITS = 15;

function bytesOf(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

function startsWith(data: Uint8Array, at: number, part: Uint8Array): boolean {
  if (at + part.length > data.length) return false;
  for (let i = 0; i < part.length; i++) if (data[at + i] !== part[i]) return false;
  return true;
}

/** The last stream name read, kept: a publisher's answers nearly all name the same stream. */
let lastName = '';
let lastNameBytes = new Uint8Array(0);

function streamName(data: Uint8Array, start: number, end: number): string {
  if (end - start !== lastNameBytes.length || !startsWith(data, start, lastNameBytes)) {
    lastNameBytes = data.slice(start, end);
    lastName = decoder.decode(lastNameBytes);
  }
  return lastName;
}

/** Throws on a reply that is not JSON. */
export function readPubAck(data: Uint8Array): PubAckReply {
  return readCommon(data) ?? (JSON.parse(decoder.decode(data)) as PubAckReply);
}

function readCommon(data: Uint8Array): PubAckReply | undefined {
  if (!startsWith(data, 0, HEAD)) return undefined;
  let pos = HEAD.length;
  const nameStart = pos;
  // A stream name has no quote, backslash, space or control character (nats-server's rules).
  while (pos < data.length && data[pos]! > 0x20 && data[pos] !== QUOTE && data[pos] !== 0x5c && data[pos]! < 0x7f) pos++;
  if (pos === nameStart || !startsWith(data, pos, SEQ)) return undefined;
  const stream = streamName(data, nameStart, pos);
  pos += SEQ.length;
  let seq = 0;
  const digitsStart = pos;
  while (pos < data.length && data[pos]! >= 0x30 && data[pos]! <= 0x39) seq = seq * 10 + (data[pos++]! - 0x30);
  const digits = pos - digitsStart;
  if (digits === 0 || digits > MAX_DIGITS || (digits > 1 && data[digitsStart] === 0x30)) return undefined;
  if (pos === data.length - 1 && data[pos] === CLOSE) return { stream, seq };
  if (pos + DUPLICATE.length === data.length && startsWith(data, pos, DUPLICATE)) return { stream, seq, duplicate: true };
  return undefined;
}
