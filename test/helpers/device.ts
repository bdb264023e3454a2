// A device that keeps what it receives, as an app stores it, and reconnects again and again.
// It speaks raw frames (no SDK in between), so a duplicate or a gap the SDK would paper over
// shows up here; the tests compare what it kept with the truth: the FEED stream and the
// conversation history.
import WebSocket from 'ws';
import { pb } from '../../src/shared/events.js';
import type { parley } from '../../src/gen/proto.js';

export interface Kept {
  /** Feed cursor; 0 for a large group's message. */
  cursor: number;
  seq: number;
  conversationId: string;
  /** The event's kind (messagePosted, messagesRead, membersAdded, ...). */
  kind: string;
  text?: string;
  largeGroup: boolean;
  session: number;
}

export interface SessionOptions {
  /** 'cursor': send the device's own positions in Auth; 'stored': send none, the server uses what was acknowledged. */
  resume: 'cursor' | 'stored';
  /** How long to stay connected after the socket opens (the catch-up may still be running). */
  lifetimeMs: number;
  /** Drop the TCP connection without a close handshake and without a last Ack. */
  abrupt: boolean;
}

export class RecordingDevice {
  /** Feed entries kept, in arrival order. */
  readonly feed: Kept[] = [];
  /** Large groups' messages kept, per conversation, in arrival order. */
  readonly groups = new Map<string, Kept[]>();
  /** Anything the protocol promises not to do: duplicates, regressions, errors, resyncs. */
  readonly problems: string[] = [];
  readonly closeCodes: number[] = [];
  /** The newest feed cursor kept. */
  cursor: number;
  readonly groupPositions = new Map<string, number>();
  sessions = 0;
  caughtUps = 0;
  /** Sessions by how they resumed and ended. */
  readonly stats = { cursor: 0, stored: 0, abrupt: 0 };
  /** The stored position is exact only after a session that acknowledged everything and closed cleanly. */
  private storedIsExact = false;

  constructor(
    readonly url: string,
    readonly token: string,
    cursor = 0,
  ) {
    this.cursor = cursor;
  }

  /** True when the server's stored position is exactly what the device has. */
  get canResumeStored(): boolean {
    return this.storedIsExact;
  }

  /** One connection: keeps what arrives for lifetimeMs (or until caughtUp and quiet, see untilQuiet), then leaves. */
  session(opts: SessionOptions & { untilQuiet?: () => boolean }): Promise<void> {
    const n = ++this.sessions;
    if (opts.resume === 'stored' && !this.storedIsExact) throw new Error('stored resume needs a clean previous session');
    this.storedIsExact = false;
    this.stats[opts.resume]++;
    if (opts.abrupt) this.stats.abrupt++;
    const ws = new WebSocket(this.url);
    let stopped = false;
    let welcomed = false;
    let caughtUp = false;
    // Acks go out only once the server has welcomed the session (an Ack before it would be
    // refused), and the first one repeats the device's position, so a session that closes
    // cleanly leaves the server with exactly what the device has. A group position from an
    // earlier session is acknowledged after CaughtUp, when the group is followed again.
    let ackedCursor = 0;
    const ackedGroups = new Map<string, number>();
    const advanced = new Set<string>();
    const sendAcks = () => {
      if (ws.readyState !== WebSocket.OPEN || !welcomed) return;
      const frames: parley.v1.IClientFrame[] = [];
      if (this.cursor > ackedCursor) frames.push({ ack: { cursor: this.cursor } });
      ackedCursor = Math.max(ackedCursor, this.cursor);
      for (const [conversationId, seq] of this.groupPositions) {
        if (seq <= (ackedGroups.get(conversationId) ?? 0) || (!caughtUp && !advanced.has(conversationId))) continue;
        frames.push({ ack: { conversationId, seq } });
        ackedGroups.set(conversationId, seq);
      }
      for (const f of frames) ws.send(pb.ClientFrame.encode(f).finish());
    };
    const ackTimer = setInterval(sendAcks, 25);
    const stop = () => {
      if (stopped) return;
      stopped = true;
      clearInterval(ackTimer);
      if (opts.abrupt) {
        ws.terminate();
      } else {
        // Everything kept is acknowledged before the close, so the server's stored position
        // is exactly what the device has.
        sendAcks();
        this.storedIsExact = welcomed && caughtUp;
        ws.close(1000);
      }
    };

    ws.on('open', () => {
      const auth: parley.v1.IAuth = { token: this.token };
      if (opts.resume === 'cursor') {
        auth.cursor = this.cursor;
        auth.groupPositions = Object.fromEntries(this.groupPositions);
      }
      ws.send(pb.ClientFrame.encode({ id: 1, auth }).finish());
      if (!opts.untilQuiet) setTimeout(stop, opts.lifetimeMs);
    });
    ws.on('message', (data: Buffer) => {
      if (stopped) return; // a real app stops storing when it tears the socket down
      const f = pb.ServerFrame.decode(new Uint8Array(data));
      if (f.body === 'deliver' && Number(f.deliver!.cursor) === 0) advanced.add(f.deliver!.conversationId ?? '');
      switch (f.body) {
        case 'welcome':
          welcomed = true;
          if (Number(f.welcome!.cursor) !== this.cursor) {
            this.problems.push(`session ${n}: Welcome at ${f.welcome!.cursor}, the device has ${this.cursor} (${opts.resume})`);
          }
          return;
        case 'deliver':
          return this.keep(n, f.deliver!);
        case 'caughtUp':
          caughtUp = true;
          this.caughtUps++;
          if (Number(f.caughtUp!.cursor) < this.cursor) this.problems.push(`session ${n}: CaughtUp at ${f.caughtUp!.cursor} < ${this.cursor}`);
          return;
        case 'resync':
          this.problems.push(`session ${n}: unexpected Resync to ${f.resync!.cursor}`);
          return;
        case 'error':
          this.problems.push(`session ${n}: Error ${f.error!.code} ${f.error!.message}`);
          return;
        default:
          return;
      }
    });
    return new Promise((resolve, reject) => {
      let quietTimer: NodeJS.Timeout | undefined;
      if (opts.untilQuiet) {
        const deadline = Date.now() + opts.lifetimeMs;
        quietTimer = setInterval(() => {
          if ((caughtUp && opts.untilQuiet!()) || Date.now() > deadline) {
            clearInterval(quietTimer);
            if (!caughtUp || !opts.untilQuiet!()) this.problems.push(`session ${n}: did not reach the expected end in ${opts.lifetimeMs} ms`);
            stop();
          }
        }, 20);
      }
      ws.on('close', (code) => {
        clearInterval(ackTimer);
        clearInterval(quietTimer);
        if (!stopped) {
          // The server closed first (4101 catch-up incomplete, 4100 slow, ...): a real device
          // reconnects from what it has; nothing after its last Ack is known to be stored.
          stopped = true;
          this.storedIsExact = false;
          this.closeCodes.push(code);
        }
        resolve();
      });
      ws.on('error', (err) => {
        if (ws.readyState === WebSocket.CLOSED) reject(err);
      });
    });
  }

  private keep(session: number, d: parley.v1.IDeliver): void {
    const cursor = Number(d.cursor);
    const seq = Number(d.seq);
    const event = d.event;
    const kept: Kept = {
      cursor,
      seq,
      conversationId: d.conversationId ?? '',
      kind: (event as parley.v1.Event | null | undefined)?.body ?? '?',
      largeGroup: d.largeGroup === true,
      session,
      ...(event?.messagePosted ? { text: event.messagePosted.text ?? '' } : {}),
    };
    if (cursor > 0) {
      if (cursor <= this.cursor) {
        this.problems.push(`session ${session}: feed cursor ${cursor} again (the device has ${this.cursor})`);
        return;
      }
      this.cursor = cursor;
      this.feed.push(kept);
      return;
    }
    const conv = kept.conversationId;
    const position = this.groupPositions.get(conv) ?? 0;
    if (seq <= position) {
      this.problems.push(`session ${session}: group ${conv} seq ${seq} again (the device has ${position})`);
      return;
    }
    this.groupPositions.set(conv, seq);
    let list = this.groups.get(conv);
    if (!list) this.groups.set(conv, (list = []));
    list.push(kept);
  }
}
