// Each device's acknowledged position, kept in a JetStream KV bucket under the device id: its
// feed cursor and its position in each large group it follows, in one value so they are
// always written together. Acks are coalesced per device and written at most once per
// interval (and on disconnect), so a chatty client costs one write a second, not one per
// message.
import type { KV } from '@nats-io/kv';
import type { Logger } from '../shared/log.js';

const FLUSH_MS = 1000;

export interface DevicePosition {
  /** Feed cursor. */
  cursor: number;
  /** Large group → the last conversation seq the device acknowledged there. */
  groups: Record<string, number>;
}

const empty = (): DevicePosition => ({ cursor: 0, groups: {} });

export class CursorStore {
  /** Positions changed since they were last written. */
  private readonly dirty = new Map<string, DevicePosition>();
  /** What is known of devices with a connection here (stored or being written). */
  private readonly known = new Map<string, DevicePosition>();
  private readonly writing = new Map<string, DevicePosition>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly kv: KV,
    private readonly log: Logger,
  ) {
    this.timer = setInterval(() => void this.flush(), FLUSH_MS);
    this.timer.unref();
  }

  /** The device's stored position, or undefined for a device that never acknowledged anything. */
  async get(deviceId: string): Promise<DevicePosition | undefined> {
    // A write still on its way (a reconnect racing the flush of its previous socket).
    const pending = this.dirty.get(deviceId) ?? this.writing.get(deviceId);
    if (pending !== undefined) return clone(pending);
    const e = await this.kv.get(deviceId);
    if (!e || e.operation !== 'PUT') return undefined;
    const position = parse(e.string());
    if (position) this.known.set(deviceId, clone(position));
    return position;
  }

  /** Records a feed ack; positions only move forward. */
  record(deviceId: string, cursor: number): void {
    const p = this.current(deviceId);
    if (cursor <= p.cursor) return;
    p.cursor = cursor;
    this.dirty.set(deviceId, p);
  }

  /** Records an ack in a large group. */
  recordGroup(deviceId: string, conversationId: string, seq: number): void {
    const p = this.current(deviceId);
    if (seq <= (p.groups[conversationId] ?? 0)) return;
    p.groups[conversationId] = seq;
    this.dirty.set(deviceId, p);
  }

  private current(deviceId: string): DevicePosition {
    let p = this.dirty.get(deviceId);
    if (!p) {
      p = clone(this.known.get(deviceId) ?? empty());
    }
    return p;
  }

  /** Writes the device's position now (its socket closed) and forgets it. */
  async flushDevice(deviceId: string): Promise<void> {
    const p = this.dirty.get(deviceId);
    this.dirty.delete(deviceId);
    if (p !== undefined) await this.write(deviceId, p);
    this.known.delete(deviceId);
  }

  async flush(): Promise<void> {
    const batch = [...this.dirty];
    this.dirty.clear();
    await Promise.all(batch.map(([deviceId, p]) => this.write(deviceId, p)));
  }

  private async write(deviceId: string, p: DevicePosition): Promise<void> {
    this.writing.set(deviceId, p);
    try {
      await this.kv.put(deviceId, JSON.stringify({ c: p.cursor, g: p.groups }));
      this.known.set(deviceId, p);
    } catch (err) {
      if (!this.dirty.has(deviceId)) this.dirty.set(deviceId, p);
      this.log.warn({ err, deviceId }, 'cursor write failed; will retry');
    } finally {
      if (this.writing.get(deviceId) === p) this.writing.delete(deviceId);
    }
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}

function clone(p: DevicePosition): DevicePosition {
  return { cursor: p.cursor, groups: { ...p.groups } };
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
