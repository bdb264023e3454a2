// Hostile WebSocket frames: random bytes, and valid ClientFrames mutated (bit flips,
// truncation, inserted fields, overlong varints, deeply nested groups, lying lengths, oversized
// strings and frames). Every frame comes from the Prng, so a seed replays a run exactly.
import { pb } from '../../src/shared/events.js';
import type { parley } from '../../src/gen/proto.js';
import type { Prng } from './prng.js';

export interface FuzzTargets {
  /** A conversation the offender is in, one it is not in. */
  conversations: string[];
  /** A valid token (of the offender) to put in Auth frames now and then. */
  token: string;
  maxFrameBytes: number;
}

export type FuzzKind =
  | 'random'
  | 'valid'
  | 'bitflip'
  | 'truncate'
  | 'insert'
  | 'huge-varint'
  | 'deep-nesting'
  | 'lying-length'
  | 'oversized-string'
  | 'over-frame-limit'
  | 'far-over-frame-limit'
  | 'text-frame';

export interface FuzzFrame {
  kind: FuzzKind;
  data: Uint8Array | string;
}

function varint(n: number): number[] {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}

export class FrameFuzzer {
  constructor(
    private readonly r: Prng,
    private readonly t: FuzzTargets,
  ) {}

  private id(): string {
    const r = this.r;
    return r.chance(0.6) ? r.pick(this.t.conversations) : r.chance(0.5) ? r.text(r.int(80)) : r.pick(['', '../../etc/passwd', 'a%2Fb', "x' OR 1=1 --", 'x'.repeat(5000)]);
  }

  validFrame(): parley.v1.IClientFrame {
    const r = this.r;
    const id = r.int(2 ** 32);
    switch (r.int(6)) {
      case 0:
        return { id, send: { conversationId: this.id(), clientMsgId: r.text(1 + r.int(40)), text: r.text(r.int(300)), mediaIds: r.chance(0.1) ? [r.text(10)] : [], retry: r.chance(0.3) } };
      case 1:
        return { id, ack: r.chance(0.5) ? { cursor: r.int(2 ** 31) } : { conversationId: this.id(), seq: r.int(2 ** 31) } };
      case 2:
        return { id, markRead: { conversationId: this.id(), upToSeq: r.int(1000) } };
      case 3:
        return { id, typing: { conversationId: this.id(), userId: r.text(10), on: r.chance(0.5) } };
      case 4:
        return { id, heartbeat: {} };
      default: {
        const groupPositions: Record<string, number> = {};
        for (let i = r.int(5); i > 0; i--) groupPositions[this.id()] = r.int(2 ** 31);
        return { id, auth: { token: r.chance(0.3) ? this.t.token : r.text(r.int(200)), cursor: r.int(1000), groupPositions } };
      }
    }
  }

  private encoded(): Uint8Array {
    return pb.ClientFrame.encode(this.validFrame()).finish();
  }

  next(): FuzzFrame {
    const r = this.r;
    const roll = r.int(1000);
    if (roll < 150) return { kind: 'random', data: r.bytes(r.chance(0.9) ? r.int(256) : r.int(64 * 1024)) };
    if (roll < 250) return { kind: 'valid', data: this.encoded() };
    if (roll < 450) {
      const b = this.encoded();
      for (let i = 1 + r.int(8); i > 0 && b.length > 0; i--) b[r.int(b.length)]! ^= 1 << r.int(8);
      return { kind: 'bitflip', data: b };
    }
    if (roll < 550) {
      const b = this.encoded();
      return { kind: 'truncate', data: b.slice(0, r.int(b.length)) };
    }
    if (roll < 650) {
      // A field with a random number and wire type, somewhere in the frame.
      const b = this.encoded();
      const at = r.int(b.length + 1);
      const field = [...varint(((1 + r.int(2 ** 20)) << 3) | r.pick([0, 1, 2, 5])), ...r.bytes(r.int(12))];
      return { kind: 'insert', data: Uint8Array.from([...b.slice(0, at), ...field, ...b.slice(at)]) };
    }
    if (roll < 700) {
      // A varint of 10 to 30 continuation bytes: beyond 64 bits.
      const b = this.encoded();
      const huge = [r.pick([0x08, 0x10, 0x18, 0x78]), ...Array<number>(10 + r.int(20)).fill(0xff), 0x01];
      return { kind: 'huge-varint', data: Uint8Array.from(r.chance(0.5) ? [...huge, ...b] : [...b, ...huge]) };
    }
    if (roll < 740) {
      // Nested start-groups of an unknown field: a recursive skipper runs out of stack.
      const depth = 1000 + r.int(200_000);
      const open = new Uint8Array(depth).fill(0x7b); // field 15, wire type 3 (start group)
      return { kind: 'deep-nesting', data: r.chance(0.5) ? open : Uint8Array.from([...open, ...new Uint8Array(depth).fill(0x7c)]) };
    }
    if (roll < 800) {
      // A length prefix far larger than what follows (up to 2^31 - 1).
      const fieldNo = r.pick([2, 3, 4, 5, 7, 15]);
      return { kind: 'lying-length', data: Uint8Array.from([(fieldNo << 3) | 2, ...varint(r.chance(0.5) ? 2 ** 31 - 1 : 100 + r.int(10_000)), ...r.bytes(r.int(50))]) };
    }
    if (roll < 900) {
      // Strings past the limits: text over 100,000 characters, ids and client ids of kilobytes.
      const frame = this.validFrame();
      if (r.chance(0.5)) frame.send = { conversationId: r.pick(this.t.conversations), clientMsgId: 'c'.repeat(r.int(20_000)), text: 'y'.repeat(100_001 + r.int(30_000)) };
      else frame.typing = { conversationId: 'z'.repeat(1000 + r.int(100_000)), on: true };
      return { kind: 'oversized-string', data: pb.ClientFrame.encode(frame).finish() };
    }
    if (roll < 960) return { kind: 'text-frame', data: r.text(r.int(500)) };
    if (roll < 995) return { kind: 'over-frame-limit', data: r.bytes(this.t.maxFrameBytes + 1 + r.int(this.t.maxFrameBytes)) };
    return { kind: 'far-over-frame-limit', data: new Uint8Array(this.t.maxFrameBytes * 4 + 1 + r.int(1024)) };
  }
}
