// A small seeded PRNG (mulberry32) for reproducible fuzzing: the same seed gives the same
// sequence, so a failure reported with its seed can be replayed.
export class Prng {
  private state: number;
  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }

  bytes(n: number): Uint8Array {
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) b[i] = this.int(256);
    return b;
  }

  /** A string of n characters, sometimes outside the BMP, sometimes control characters. */
  text(n: number): string {
    const alphabets = ['abcdefghijklmnopqrstuvwxyz0123456789_-', '\u0000\u0001\n\t\r\u202e\ufeff', '😀汉字ñ/\\.%', "'\";--`$(){}[]<>"];
    const a = this.pick(alphabets);
    let s = '';
    for (let i = 0; i < n; i++) s += a[this.int(a.length)] ?? 'x';
    return s;
  }
}
