// Closes the sockets of revoked devices. The users projector names every device it removed
// (revoked, or its user deleted) on <prefix>.revoked right after the commit; each gateway
// closes that device's connections with 4003, which tells the client not to reconnect with
// that token. A connection that authenticated just before the commit and starts just after
// the announcement is caught by the short memory of recent revocations.
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import type { Logger } from '../shared/log.js';
import type { Names } from '../shared/names.js';
import { CloseCode } from './close-codes.js';

/** What the gateway knows of a connection here. */
export interface DeviceSocket {
  readonly deviceId: string | undefined;
  close(code: number, reason: string): void;
}

/** Long enough to cover an authentication in flight when the revocation committed. */
const REMEMBER_MS = 60_000;

export class DeviceRevocations {
  private readonly recent = new Map<string, number>();
  private sub: Subscription | undefined;

  constructor(
    private readonly nc: NatsConnection,
    private readonly names: Names,
    /** The gateway's open connections. Revocations are rare, so a scan beats an index. */
    private readonly live: Iterable<DeviceSocket>,
    private readonly log: Logger,
  ) {}

  /** Subscribes; resolves once the server has the subscription. */
  async start(): Promise<void> {
    this.sub = this.nc.subscribe(this.names.revokedSubject, {
      callback: (err, msg) => {
        if (err) return;
        this.revoked(msg.string().split(' ').filter(Boolean));
      },
    });
    await this.nc.flush();
  }

  /** Whether the device was revoked within the last minute (checked when a session starts). */
  isRevoked(deviceId: string, now = Date.now()): boolean {
    const at = this.recent.get(deviceId);
    return at !== undefined && now - at < REMEMBER_MS;
  }

  private revoked(deviceIds: string[], now = Date.now()): void {
    for (const [id, at] of this.recent) {
      if (now - at < REMEMBER_MS) break; // insertion order is age order
      this.recent.delete(id);
    }
    const ids = new Set(deviceIds);
    for (const id of ids) {
      this.recent.delete(id);
      this.recent.set(id, now);
    }
    let closed = 0;
    for (const conn of [...this.live]) {
      if (conn.deviceId !== undefined && ids.has(conn.deviceId)) {
        conn.close(CloseCode.deviceRevoked, 'device revoked');
        closed++;
      }
    }
    if (closed > 0) this.log.info({ devices: ids.size, closed }, 'closed the sockets of revoked devices');
  }

  close(): void {
    this.sub?.unsubscribe();
  }
}
