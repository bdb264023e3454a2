// 64-bit fields (stream sequences, cursors, epoch milliseconds) as JavaScript numbers: they
// stay far below 2^53, and numbers are cheaper than Long objects on the hot path.
//
// Even without Long, protobufjs reads every 64-bit varint into a LongBits object and writes
// every one through another, two allocations per field for something a double holds exactly.
// Below, a varint of up to seven bytes (49 bits: every sequence and timestamp) is read straight
// into a number, and a non-negative safe integer is written straight from one. Anything else
// (negative, fractional, longer) goes through protobufjs' own code, so what is read and
// written is the same in every case. test/unit.test.ts checks both against a plain varint.
import protobuf from 'protobufjs/minimal.js';

protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long;
// Makes protobufjs' readers return numbers for 64-bit fields (and sets up the readers below).
protobuf.configure();

/** The parts of protobufjs' Reader and Writer used here (public in its typings but _reserve). */
interface RawReader {
  buf: Uint8Array;
  pos: number;
  len: number;
}
interface RawWriter {
  buf: Uint8Array;
  pos: number;
  _reserve(n: number): void;
}

/** Seven varint bytes hold 49 bits: exact in a double. */
const SHORT_VARINT = 7;

function fastRead(long: (this: RawReader) => number): (this: RawReader) => number {
  return function readNumber64(this: RawReader): number {
    const buf = this.buf;
    const end = Math.min(this.len, this.pos + SHORT_VARINT);
    let value = 0;
    let scale = 1;
    for (let pos = this.pos; pos < end; pos++) {
      const b = buf[pos]!;
      value += (b & 127) * scale;
      if (b < 128) {
        this.pos = pos + 1;
        return value;
      }
      scale *= 128;
    }
    return long.call(this); // longer, or cut short: protobufjs reads it (and reports it)
  };
}

function fastWrite(long: (this: RawWriter, value: unknown) => RawWriter): (this: RawWriter, value: unknown) => RawWriter {
  return function writeNumber64(this: RawWriter, value: unknown): RawWriter {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) return long.call(this, value);
    this._reserve(10);
    const buf = this.buf;
    let pos = this.pos;
    let v = value;
    while (v > 0x7fffffff) {
      buf[pos++] = (v % 128) | 128;
      v = Math.floor(v / 128);
    }
    while (v > 127) {
      buf[pos++] = (v & 127) | 128;
      v >>>= 7;
    }
    buf[pos++] = v;
    this.pos = pos;
    return this;
  };
}

const reader = protobuf.Reader.prototype as unknown as Record<'uint64' | 'int64', (this: RawReader) => number>;
reader.uint64 = fastRead(reader.uint64);
reader.int64 = fastRead(reader.int64);
const writer = protobuf.Writer.prototype as unknown as Record<'uint64' | 'int64', (this: RawWriter, value: unknown) => RawWriter>;
writer.uint64 = fastWrite(writer.uint64);
writer.int64 = fastWrite(writer.int64);
