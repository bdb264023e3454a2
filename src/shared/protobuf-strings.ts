// protobufjs' string fields, read and written on Node's own paths.
//
// Reading: flat strings for short string fields. The generated code reads every string
// with strict UTF-8 (util.utf8.readStrict); below 64 bytes protobufjs builds the string in
// JavaScript from eight-byte pieces joined with `+`, which leaves a rope of small strings that
// V8 flattens again (a copy) the first time the string is hashed or compared: ids used as Map
// keys, compared, or written back out. For pure ASCII, which every id is, Node's latin1 slice
// makes the same string flat in one allocation; anything else still goes through protobufjs
// (its strict decoding, its errors). Decoding a Send frame and looking its conversation up in
// a Map (this machine, 2,000,000 times): 1,255 → 616 bytes allocated and about 1.3 → 0.9 µs.
// In a browser there is no Buffer and protobufjs' own reading stays.
import protobuf from 'protobufjs/minimal.js';

type Read = (buffer: Uint8Array, start: number, end: number) => string;

/** From this length on protobufjs uses TextDecoder, whose strings are flat already. */
const SHORT = 64;

/** Node's Buffer, with what is used of it here; undefined in a browser. */
const NodeBuffer = (
  globalThis as {
    Buffer?: {
      byteLength(value: string): number;
      prototype: {
        latin1Slice(this: Uint8Array, start: number, end: number): string;
        utf8Write(this: Uint8Array, value: string, offset: number): number;
      };
    };
  }
).Buffer;

const latin1Slice = NodeBuffer?.prototype.latin1Slice;

const utf8 = protobuf.util.utf8 as unknown as { readStrict: Read };
const strict = utf8.readStrict;

if (latin1Slice && typeof strict === 'function') {
  utf8.readStrict = function readStrictFlat(buffer: Uint8Array, start: number, end: number): string {
    if (end - start >= SHORT) return strict(buffer, start, end);
    for (let i = start; i < end; i++) if (buffer[i]! > 0x7f) return strict(buffer, start, end);
    return latin1Slice.call(buffer, start, end);
  };
}

// Writing: protobufjs' BufferWriter (Node) writes a string under 40 characters with its own
// JavaScript UTF-8 loop and a longer one through `buf.utf8Write` and `util.Buffer.byteLength`,
// looked up on every call; `perf` showed V8's generic property-load stub called from that
// function for 4 % of the gateway thread and 11 % of the projector thread. Here every string
// goes through Node's utf8Write, held once. Encoding a feed entry (four ids) and decoding an
// event, on this machine: 3.8 → 2.8 µs. One difference in what comes out: a lone surrogate in
// a short string is now written as U+FFFD, as protobufjs already wrote it in a long string
// (its own loop wrote the surrogate's three bytes, which no strict reader accepts).
const utf8Write = NodeBuffer?.prototype.utf8Write;
const byteLength = NodeBuffer?.byteLength;

interface BufferWriterInternals {
  buf: Uint8Array;
  pos: number;
  _reserve(n: number): void;
  _delim(pos: number, len: number): unknown;
  uint32(value: number): unknown;
}

// protobufjs 8's writer internals (_reserve, _delim, buf, pos), as its own string writer uses
// them; the version is pinned in package.json, and without them protobufjs' writer stays.
const bufferWriter = Object.getPrototypeOf(protobuf.Writer.create()) as { string: unknown; _reserve?: unknown; _delim?: unknown };
const internals = typeof bufferWriter._reserve === 'function' && typeof bufferWriter._delim === 'function';
if (utf8Write && byteLength && internals && bufferWriter !== protobuf.Writer.prototype) {
  bufferWriter.string = function writeString(this: BufferWriterInternals, value: string): unknown {
    const n = value.length;
    if (n < 0x80) {
      this._reserve(n * 3 + 5); // the most its UTF-8 can take, and its length's byte
      const pos = this.pos;
      return this._delim(pos, n === 0 ? 0 : utf8Write.call(this.buf, value, pos + 1));
    }
    const len = byteLength(value);
    this.uint32(len);
    this._reserve(len);
    utf8Write.call(this.buf, value, this.pos);
    this.pos += len;
    return this;
  };
}
