// Read-your-writes: a command that published an event at stream sequence S waits until the
// projection it depends on has committed S, so the caller's next read sees its own write.
// Projectors announce each committed checkpoint on a core NATS subject; the Postgres
// checkpoint is the fallback for announcements missed before we subscribed.
//
// An announcement's body is the committed sequence; its headers describe the batch that
// committed it (events, transaction time, and how old its oldest event was by then), which
// gateways turn into metrics: where a message's time goes between JetStream and the read model.
import { headers, type MsgHdrs, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import { ParleyError } from '../shared/errors.js';
import type { Db } from '../shared/db.js';
import type { Names } from '../shared/names.js';
import { readCheckpoint } from './checkpoints.js';

/** A committed batch, as its announcement describes it. */
export interface BatchStats {
  events: number;
  /** The batch's transaction (the fold included), in ms. */
  transactionMs: number;
  /**
   * From JetStream storing the batch's oldest event to the commit, in ms (the projector's
   * clock against the NATS server's); absent for a batch of nothing the projection reads.
   */
  oldestAgeMs?: number;
}

const EVENTS = 'Parley-Batch-Events';
const TRANSACTION_MS = 'Parley-Batch-Ms';
const OLDEST_AGE_MS = 'Parley-Batch-Oldest-Age-Ms';

/** The headers of a progress announcement. */
export function batchHeaders(stats: BatchStats): MsgHdrs {
  const h = headers();
  h.set(EVENTS, String(stats.events));
  h.set(TRANSACTION_MS, stats.transactionMs.toFixed(2));
  if (stats.oldestAgeMs !== undefined) h.set(OLDEST_AGE_MS, String(stats.oldestAgeMs));
  return h;
}

/** The batch an announcement describes; undefined if it has no such headers (an older projector). */
export function batchOf(h: MsgHdrs | undefined): BatchStats | undefined {
  const events = Number(h?.get(EVENTS) || NaN);
  const transactionMs = Number(h?.get(TRANSACTION_MS) || NaN);
  if (!h || !Number.isFinite(events) || !Number.isFinite(transactionMs)) return undefined;
  const age = h.get(OLDEST_AGE_MS);
  return { events, transactionMs, ...(age !== '' && Number.isFinite(Number(age)) ? { oldestAgeMs: Number(age) } : {}) };
}

interface Waiter {
  seq: number;
  resolve: () => void;
  reject: (err: Error) => void;
}

const closedError = () => new ParleyError('unavailable', 'shutting down; retry the read');

export class ProgressWatcher {
  private readonly positions = new Map<string, number>();
  private readonly waiters = new Map<string, Set<Waiter>>();
  private readonly subs: Subscription[] = [];
  private closed = false;
  /** Called with each announced batch (gateway metrics). */
  onBatch: ((projection: string, batch: BatchStats) => void) | undefined;

  constructor(
    private readonly nc: NatsConnection,
    private readonly db: Db,
    private readonly names: Names,
  ) {}

  watch(projection: string): void {
    const sub = this.nc.subscribe(this.names.progressSubject(projection), {
      callback: (_err, msg) => {
        this.advance(projection, Number(msg.string()));
        const batch = this.onBatch && batchOf(msg.headers);
        if (batch) this.onBatch!(projection, batch);
      },
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
    if (this.closed) throw closedError();
    let waiter: Waiter | undefined;
    const reached = new Promise<void>((resolve, reject) => {
      waiter = { seq, resolve, reject };
      let set = this.waiters.get(projection);
      if (!set) this.waiters.set(projection, (set = new Set()));
      set.add(waiter);
    });
    // A close during the read below rejects it before the race listens.
    reached.catch(() => undefined);
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

  /** Stops watching; waits under way fail at once (`unavailable`) rather than at their timeout. */
  close(): void {
    this.closed = true;
    for (const s of this.subs) s.unsubscribe();
    for (const set of this.waiters.values()) for (const w of set) w.reject(closedError());
    this.waiters.clear();
  }
}
