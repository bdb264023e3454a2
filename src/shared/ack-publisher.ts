// Acknowledged JetStream publishes for the hot paths (sends, feed entries, cursors).
// nats.js' js.publish makes a request per message, and each request builds two Error
// objects (for stack traces) and a timer; each also flushes the socket on its own. Here
// every publish carries a reply subject under one shared inbox subscription, publishes
// queued in the same turn of the event loop go out in one socket write, and a single
// sweep expires the ones that got no answer. The reply is JetStream's PubAck.
import { createInbox, headers, type Msg, type MsgHdrs, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import { readPubAck, type PubAckReply } from './pub-ack.js';

export interface PubAck {
  stream: string;
  seq: number;
  duplicate: boolean;
}

export interface PublishOptions {
  /** Nats-Msg-Id: JetStream drops a repeat inside the stream's duplicate window. */
  msgId?: string;
  /** Nats-Expected-Last-Sequence: refuse unless the stream's last sequence is this. */
  expectLastSeq?: number;
  /** Extra headers. */
  headers?: Record<string, string>;
}

/** A refused publish. code is JetStream's API error code (e.g. 10071 wrong last sequence). */
export class PublishError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'PublishError';
  }
}

interface Pending {
  resolve: (ack: PubAck) => void;
  reject: (err: Error) => void;
  deadline: number;
}

interface Queued {
  subject: string;
  data: Uint8Array;
  /** Empty: published without asking for a PubAck. */
  reply: string;
  opts: PublishOptions | undefined;
}

export class AckPublisher {
  private readonly prefix = `${createInbox()}.`;
  private readonly pending = new Map<string, Pending>();
  private readonly sub: Subscription;
  private readonly sweeper: NodeJS.Timeout;
  private queue: Queued[] = [];
  private scheduled = false;
  private next = 0;

  constructor(
    private readonly nc: NatsConnection,
    private readonly timeoutMs = 5000,
  ) {
    this.sub = nc.subscribe(`${this.prefix}*`, { callback: (_err, msg) => this.onReply(msg) });
    this.sweeper = setInterval(() => this.sweep(), 250);
    this.sweeper.unref();
  }

  publish(subject: string, data: Uint8Array, opts?: PublishOptions): Promise<PubAck> {
    const token = (this.next++).toString(36);
    return new Promise((resolve, reject) => {
      this.pending.set(token, { resolve, reject, deadline: Date.now() + this.timeoutMs });
      this.enqueue({ subject, data, reply: this.prefix + token, opts });
    });
  }

  /**
   * Queues a publish that asks for no PubAck, in order with the acknowledged ones. Only for
   * a chain of "expected last sequence" publishes closed by an acknowledged one: if any
   * link failed, the stream's last sequence is short and the closing publish is refused.
   */
  publishUnacked(subject: string, data: Uint8Array, opts?: PublishOptions): void {
    this.enqueue({ subject, data, reply: '', opts });
  }

  private enqueue(q: Queued): void {
    this.queue.push(q);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** Writes what is queued now instead of at the end of this turn of the event loop. */
  flushNow(): void {
    if (this.queue.length > 0) this.flush();
  }

  private flush(): void {
    this.scheduled = false;
    const queue = this.queue;
    this.queue = [];
    for (const q of queue) {
      const h = q.opts ? toHeaders(q.opts) : undefined;
      try {
        if (q.reply === '') this.nc.publish(q.subject, q.data, h ? { headers: h } : undefined);
        else this.nc.publish(q.subject, q.data, h ? { reply: q.reply, headers: h } : { reply: q.reply });
      } catch (err) {
        if (q.reply !== '') this.settle(q.reply.slice(this.prefix.length))?.reject(err as Error);
      }
    }
  }

  private settle(token: string): Pending | undefined {
    const p = this.pending.get(token);
    if (p) this.pending.delete(token);
    return p;
  }

  private onReply(msg: Msg): void {
    const p = this.settle(msg.subject.slice(this.prefix.length));
    if (!p) return;
    if (msg.headers?.hasError) {
      // 503: no stream listens on the subject.
      p.reject(new PublishError(msg.headers.code, `publish failed: ${msg.headers.code} ${msg.headers.description}`));
      return;
    }
    let r: PubAckReply;
    try {
      r = readPubAck(msg.data);
    } catch {
      p.reject(new PublishError(0, 'unreadable PubAck'));
      return;
    }
    if (r.error) p.reject(new PublishError(r.error.err_code ?? r.error.code ?? 0, r.error.description ?? 'publish refused'));
    else p.resolve({ stream: r.stream ?? '', seq: r.seq ?? 0, duplicate: r.duplicate === true });
  }

  private sweep(): void {
    const now = Date.now();
    for (const [token, p] of this.pending) {
      if (p.deadline <= now) {
        this.pending.delete(token);
        p.reject(new PublishError(408, 'no PubAck in time (the message may or may not be stored)'));
      }
    }
  }

  close(): void {
    clearInterval(this.sweeper);
    this.sub.unsubscribe();
    for (const p of this.pending.values()) p.reject(new PublishError(0, 'publisher closed'));
    this.pending.clear();
  }
}

/**
 * Headers already in their wire form. nats.js' MsgHdrs checks and canonicalizes every key and
 * rebuilds the text of the block on each publish: about 1 µs and 1.3 KB of garbage per
 * message in the gateway. A publish uses nothing of its headers but encode() (nats-core's
 * protocol.js); test/ack-publisher.test.ts checks what JetStream makes of these.
 */
class EncodedHeaders {
  constructor(private readonly bytes: Uint8Array) {}
  encode(): Uint8Array {
    return this.bytes;
  }
}

const HEADER_VALUE = /^[^\r\n]*$/;

function toHeaders(opts: PublishOptions): MsgHdrs {
  if (opts.headers === undefined && (opts.msgId === undefined || HEADER_VALUE.test(opts.msgId))) {
    // The block nats.js writes: the version line, `Key: value` lines, a blank line.
    let s = 'NATS/1.0';
    if (opts.msgId !== undefined) s += `\r\nNats-Msg-Id: ${opts.msgId.trim()}`;
    if (opts.expectLastSeq !== undefined) s += `\r\nNats-Expected-Last-Sequence: ${opts.expectLastSeq}`;
    return new EncodedHeaders(Buffer.from(`${s}\r\n\r\n`)) as unknown as MsgHdrs;
  }
  const h = headers();
  if (opts.msgId !== undefined) h.set('Nats-Msg-Id', opts.msgId);
  if (opts.expectLastSeq !== undefined) h.set('Nats-Expected-Last-Sequence', String(opts.expectLastSeq));
  if (opts.headers) for (const [k, v] of Object.entries(opts.headers)) h.set(k, v);
  return h;
}
