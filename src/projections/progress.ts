// Read-your-writes: a command that published an event at stream sequence S waits until the
// projection it depends on has committed S, so the caller's next read sees its own write.
// Projectors announce each committed checkpoint on a core NATS subject; the Postgres
// checkpoint is the fallback for announcements missed before we subscribed.
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { ParleyError } from '../shared/errors.js';
import type { Db } from '../shared/db.js';
import type { Names } from '../shared/names.js';
import { readCheckpoint } from './checkpoints.js';

interface Waiter {
  seq: number;
  resolve: () => void;
}

export class ProgressWatcher {
  private readonly positions = new Map<string, number>();
  private readonly waiters = new Map<string, Set<Waiter>>();
  private readonly subs: Subscription[] = [];

  constructor(
    private readonly nc: NatsConnection,
    private readonly db: Db,
    private readonly names: Names,
  ) {}

  watch(projection: string): void {
    const sub = this.nc.subscribe(this.names.progressSubject(projection), {
      callback: (_err, msg) => this.advance(projection, Number(msg.string())),
    });
    this.subs.push(sub);
  }

  private advance(projection: string, seq: number): void {
    if (!(seq > (this.positions.get(projection) ?? 0))) return;
    this.positions.set(projection, seq);
    const set = this.waiters.get(projection);
    if (!set) return;
    for (const w of set) {
      if (w.seq <= seq) {
        set.delete(w);
        w.resolve();
      }
    }
  }

  async waitFor(projection: string, seq: number, timeoutMs = 10_000): Promise<void> {
    if ((this.positions.get(projection) ?? 0) >= seq) return;
    let waiter: Waiter | undefined;
    const reached = new Promise<void>((resolve) => {
      waiter = { seq, resolve };
      let set = this.waiters.get(projection);
      if (!set) this.waiters.set(projection, (set = new Set()));
      set.add(waiter);
    });
    this.advance(projection, await readCheckpoint(this.db, projection));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        this.waiters.get(projection)?.delete(waiter!);
        reject(new ParleyError('timeout', `the ${projection} read model is behind; the write is durable, retry the read`));
      }, timeoutMs);
    });
    try {
      await Promise.race([reached, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  close(): void {
    for (const s of this.subs) s.unsubscribe();
  }
}
