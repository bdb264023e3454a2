// Each device's acknowledged position, kept in a JetStream KV bucket under the device id: its
// feed cursor and its position in each large group it follows, in one value so they are
// always written together. Acks are coalesced per device and written at most once per
// interval (POSITION_WRITE_MS, and when the device's last connection here closes), so a chatty
// client costs one write per interval, not one per message.
//
// While a device has a connection here (or a write of it is under way), its newest position
// stays in memory and every write is a snapshot of it. Positions only move forward, so the
// snapshots only grow and writes go out one batch after another, so the last write is the
// newest: a device that reconnects before the write of its previous socket finished, or that
// holds two sockets here, can never have one half of its position (feed cursor or group
// positions) written over with an older one.
//
// Before each batch is written, beforeWrite (the delivery reporter's flush) records the
// deliveries of every Ack made so far. So a stored position never covers an Ack whose
// delivery receipt died with this gateway: a device that resumes elsewhere from a position
// past the stored one is owed exactly the deliveries in between (see FeedSession.start).
import type { KV } from '@nats-io/kv';
import type { Logger } from '../shared/log.js';

export interface DevicePosition {
  /** Feed cursor. */
  cursor: number;
  /** Large group → the last conversation seq the device acknowledged there. */
  groups: Record<string, number>;
}

export class CursorStore {
  /** The newest position of each device held here or being written. */
  private readonly latest = new Map<string, DevicePosition>();
  /** Open connections per device (acquire/release). */
  private readonly holders = new Map<string, number>();
  /** Devices whose position moved since it was last written. */
  private readonly dirty = new Set<string>();
  /** Writes under way per device. */
  private readonly writing = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;
  /** Write batches, one after another. */
  private chain: Promise<unknown> = Promise.resolve();

  private readonly beforeWrite: (urgent: boolean) => Promise<boolean>;
  private readonly putValue: (deviceId: string, value: string) => Promise<unknown>;

  constructor(
    private readonly kv: KV,
    private readonly log: Logger,
    opts: {
      intervalMs?: number;
      /**
       * Runs before a batch is written; false means "not now": the batch waits for the next
       * flush. urgent: the batch is not the interval's (a device leaving, a shutdown).
       */
      beforeWrite?: (urgent: boolean) => Promise<boolean>;
      /**
       * Writes one value (default: kv.put). The gateway passes a publish through its
       * AckPublisher to the bucket's subject, which is what kv.put sends, without a request
       * object, timer and two Errors per write.
       */
      put?: (deviceId: string, value: string) => Promise<unknown>;
    } = {},
  ) {
    this.beforeWrite = opts.beforeWrite ?? (async () => true);
    this.putValue = opts.put ?? ((deviceId, value) => this.kv.put(deviceId, value));
    this.timer = setInterval(() => void this.write(() => [...this.dirty], false), opts.intervalMs ?? 1000);
    this.timer.unref();
  }

  /**
   * A connection of the device opened here: its position, or undefined for a device never
   * seen. Pair every call with release() when the connection closes.
   */
  async acquire(deviceId: string): Promise<DevicePosition | undefined> {
    this.holders.set(deviceId, (this.holders.get(deviceId) ?? 0) + 1);
    const held = this.latest.get(deviceId);
    if (held) return clone(held);
    const e = await this.kv.get(deviceId);
    const stored = e && e.operation === 'PUT' ? parse(e.string()) : undefined;
    const now = this.latest.get(deviceId); // recorded by another connection of it meanwhile
    if (!stored) return now && clone(now);
    const merged = now ? merge(now, stored) : stored;
    if (this.holders.has(deviceId)) this.latest.set(deviceId, merged);
    return clone(merged);
  }

  /**
   * Records a feed position; positions only move forward. The first position of a device is
   * recorded even when it is 0, so that the device is known from then on (not new).
   */
  record(deviceId: string, cursor: number): void {
    const p = this.latest.get(deviceId);
    if (p && cursor <= p.cursor) return;
    this.latest.set(deviceId, { cursor, groups: p?.groups ?? {} });
    this.dirty.add(deviceId);
  }

  /** Records a position in a large group. */
  recordGroup(deviceId: string, conversationId: string, seq: number): void {
    const p = this.latest.get(deviceId);
    if (p && seq <= (p.groups[conversationId] ?? 0)) return;
    this.latest.set(deviceId, { cursor: p?.cursor ?? 0, groups: { ...p?.groups, [conversationId]: seq } });
    this.dirty.add(deviceId);
  }

  /** A connection of the device closed: writes its position now if it moved. */
  async release(deviceId: string): Promise<void> {
    const n = (this.holders.get(deviceId) ?? 1) - 1;
    if (n > 0) this.holders.set(deviceId, n);
    else this.holders.delete(deviceId);
    if (this.dirty.has(deviceId)) await this.write(() => [deviceId]);
    this.forgetIfIdle(deviceId);
  }

  flush(): Promise<void> {
    return this.write(() => [...this.dirty]);
  }

  /** Writes the device's position now rather than with the next flush. */
  writeNow(deviceId: string): Promise<void> {
    return this.write(() => (this.dirty.has(deviceId) ? [deviceId] : []));
  }

  /** Writes the positions of the devices which() names when the batch's turn comes. */
  private write(which: () => string[], urgent = true): Promise<void> {
    const done = this.chain.then(async () => {
      const batch: Array<[string, DevicePosition]> = [];
      for (const deviceId of which()) {
        const p = this.latest.get(deviceId);
        this.dirty.delete(deviceId);
        if (!p) continue;
        batch.push([deviceId, clone(p)]); // as it is now, before the deliveries are recorded
        this.writing.set(deviceId, (this.writing.get(deviceId) ?? 0) + 1);
      }
      if (batch.length === 0) return;
      try {
        if (!(await this.beforeWrite(urgent).catch(() => false))) {
          for (const [deviceId] of batch) this.dirty.add(deviceId);
          return;
        }
        await Promise.all(batch.map(([deviceId, p]) => this.put(deviceId, p)));
      } finally {
        for (const [deviceId] of batch) {
          const n = this.writing.get(deviceId)! - 1;
          if (n > 0) this.writing.set(deviceId, n);
          else this.writing.delete(deviceId);
          this.forgetIfIdle(deviceId);
        }
      }
    });
    this.chain = done.catch(() => undefined);
    return done;
  }

  private async put(deviceId: string, p: DevicePosition): Promise<void> {
    try {
      await this.putValue(deviceId, JSON.stringify({ c: p.cursor, g: p.groups }));
    } catch (err) {
      this.dirty.add(deviceId);
      this.log.warn({ err, deviceId }, 'cursor write failed; will retry');
    }
  }

  private forgetIfIdle(deviceId: string): void {
    if (!this.holders.has(deviceId) && !this.dirty.has(deviceId) && !this.writing.has(deviceId)) this.latest.delete(deviceId);
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}

function clone(p: DevicePosition): DevicePosition {
  return { cursor: p.cursor, groups: { ...p.groups } };
}

function merge(a: DevicePosition, b: DevicePosition): DevicePosition {
  const groups = { ...a.groups };
  for (const [id, seq] of Object.entries(b.groups)) groups[id] = Math.max(groups[id] ?? 0, seq);
  return { cursor: Math.max(a.cursor, b.cursor), groups };
}

function parse(text: string): DevicePosition | undefined {
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v === 'number' && Number.isFinite(v)) return { cursor: v, groups: {} }; // written before group positions existed
    if (v && typeof v === 'object' && typeof (v as { c?: unknown }).c === 'number') {
      const { c, g } = v as { c: number; g?: Record<string, number> };
      return { cursor: c, groups: g && typeof g === 'object' ? { ...g } : {} };
    }
  } catch {
    // fall through: an unreadable value is no position
  }
  return undefined;
}
