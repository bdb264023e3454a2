// Each device's acknowledged feed position, kept in a JetStream KV bucket. Acks are
// coalesced per device and written at most once per interval (and on disconnect), so a
// chatty client costs one write a second, not one per message.
import type { KV } from '@nats-io/kv';
import type { Logger } from '../shared/log.js';

const FLUSH_MS = 1000;

export class CursorStore {
  private readonly dirty = new Map<string, number>();
  private readonly stored = new Map<string, number>();
  private readonly writing = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly kv: KV,
    private readonly log: Logger,
  ) {
    this.timer = setInterval(() => void this.flush(), FLUSH_MS);
    this.timer.unref();
  }

  async get(deviceId: string): Promise<number | undefined> {
    // A write still on its way (a reconnect racing the flush of its previous socket).
    const pending = this.dirty.get(deviceId) ?? this.writing.get(deviceId);
    if (pending !== undefined) return pending;
    const e = await this.kv.get(deviceId);
    if (!e || e.operation !== 'PUT') return undefined;
    const n = Number(e.string());
    return Number.isFinite(n) ? n : undefined;
  }

  /** Records an ack; positions only move forward. */
  record(deviceId: string, cursor: number): void {
    const known = this.dirty.get(deviceId) ?? this.stored.get(deviceId) ?? 0;
    if (cursor > known) this.dirty.set(deviceId, cursor);
  }

  /** Writes the device's position now (its socket closed) and forgets it. */
  async flushDevice(deviceId: string): Promise<void> {
    const cursor = this.dirty.get(deviceId);
    this.dirty.delete(deviceId);
    if (cursor !== undefined) await this.write(deviceId, cursor);
    this.stored.delete(deviceId);
  }

  async flush(): Promise<void> {
    const batch = [...this.dirty];
    this.dirty.clear();
    await Promise.all(batch.map(([deviceId, cursor]) => this.write(deviceId, cursor)));
  }

  private async write(deviceId: string, cursor: number): Promise<void> {
    this.writing.set(deviceId, cursor);
    try {
      await this.kv.put(deviceId, String(cursor));
      this.stored.set(deviceId, cursor);
    } catch (err) {
      if (!this.dirty.has(deviceId)) this.dirty.set(deviceId, cursor);
      this.log.warn({ err, deviceId }, 'cursor write failed; will retry');
    } finally {
      if (this.writing.get(deviceId) === cursor) this.writing.delete(deviceId);
    }
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
