// `parley tap`: the events of a stream as NDJSON, from a sequence or a time, optionally only
// some types or one conversation. Without a name it reads through an ordered consumer (nothing
// left behind on the server); with --durable <name> through a durable consumer that
// acknowledges each line once written, so the next run with the same name resumes after it.
import type { NatsConnection } from '@nats-io/transport-node';
import {
  AckPolicy,
  DeliverPolicy,
  JetStreamApiError,
  jetstream,
  jetstreamManager,
  type Consumer,
  type ConsumerConfig,
  type JsMsg,
} from '@nats-io/jetstream';
import { decodeEvent } from '../shared/events.js';
import type { Names } from '../shared/names.js';
import { eventLine } from './event-json.js';

export interface TapOptions {
  stream: 'conv' | 'users';
  /** First stream sequence to export. */
  fromSeq?: number;
  /** Or: the first event stored at or after this time. */
  since?: Date;
  /** Event bodies to keep (oneof field names: messagePosted, ...); all when absent. */
  types?: readonly string[];
  /** Only this conversation (CONV stream). */
  conversation?: string;
  /** Name of a durable consumer that remembers how far the export got. */
  durable?: string;
  /** Keep running and export new events as they come; otherwise stop at the end of the stream. */
  follow: boolean;
  /** Writes one line (synchronously: it is acknowledged right after). */
  write(line: string): void;
  signal?: AbortSignal;
}

export interface TapResult {
  /** Lines written. */
  written: number;
  /** Events read, written or filtered out. */
  read: number;
  lastSeq: number;
}

/** Durable tap consumers: a line not acknowledged within this is given again. */
const ACK_WAIT_NS = 30_000_000_000;

export async function tap(nc: NatsConnection, names: Names, opts: TapOptions): Promise<TapResult> {
  const stream = opts.stream === 'conv' ? names.convStream : names.usersStream;
  if (opts.conversation !== undefined && opts.stream !== 'conv') throw new Error('--conversation needs the conv stream');
  const filter = opts.conversation !== undefined ? names.convSubject(opts.conversation) : undefined;
  const start: Partial<ConsumerConfig> =
    opts.fromSeq !== undefined
      ? { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: opts.fromSeq }
      : opts.since !== undefined
        ? { deliver_policy: DeliverPolicy.StartTime, opt_start_time: opts.since.toISOString() }
        : { deliver_policy: DeliverPolicy.All };
  const js = jetstream(nc);
  let consumer: Consumer;
  let pending: number;
  if (opts.durable !== undefined) {
    const jsm = await jetstreamManager(nc);
    const name = names.tapConsumer(opts.durable);
    try {
      await jsm.consumers.info(stream, name);
    } catch (err) {
      if (!(err instanceof JetStreamApiError && err.code === 10014)) throw err;
      // Created once; a later run's --from/--since cannot move it (it resumes instead).
      await jsm.consumers.add(stream, {
        durable_name: name,
        ack_policy: AckPolicy.Explicit,
        ack_wait: ACK_WAIT_NS,
        max_ack_pending: 10_000,
        ...(filter ? { filter_subject: filter } : {}),
        ...start,
      });
    }
    consumer = await js.consumers.get(stream, name);
    const info = await consumer.info();
    pending = info.num_pending + info.num_ack_pending;
  } else {
    consumer = await js.consumers.get(stream, { ...(filter ? { filter_subjects: filter } : {}), ...start });
    pending = (await consumer.info()).num_pending;
  }
  const result: TapResult = { written: 0, read: 0, lastSeq: 0 };
  if (pending === 0 && !opts.follow) return result;

  const wanted = opts.types && opts.types.length > 0 ? new Set(opts.types) : undefined;
  const messages = await consumer.consume({ max_messages: 1000 });
  const stop = () => void messages.stop();
  opts.signal?.addEventListener('abort', stop, { once: true });
  let last: JsMsg | undefined;
  try {
    for await (const m of messages) {
      result.read++;
      result.lastSeq = m.seq;
      const line = toLine(stream, m, wanted);
      if (line !== undefined) {
        opts.write(line);
        result.written++;
      }
      last = m;
      const end = m.info.pending === 0 && !opts.follow;
      if (opts.durable !== undefined) {
        // The last acknowledgement is confirmed: the next run must not see this line again.
        if (end || opts.signal?.aborted) await m.ackAck();
        else m.ack();
      }
      if (end || opts.signal?.aborted) break;
    }
  } finally {
    opts.signal?.removeEventListener('abort', stop);
    if (last && opts.durable !== undefined) await last.ackAck().catch(() => undefined);
    stop();
  }
  return result;
}

function toLine(stream: string, m: JsMsg, wanted: Set<string> | undefined): string | undefined {
  let event;
  try {
    event = decodeEvent(m.data);
  } catch {
    // Not a Parley event (a foreign publisher): exported as such, so the sequence has no hole.
    return JSON.stringify({ stream, seq: m.seq, subject: m.subject, time: new Date(Math.floor(m.info.timestampNanos / 1e6)).toISOString(), type: 'Undecodable', event: {} });
  }
  if (wanted && !wanted.has(event.body ?? '')) return undefined;
  return JSON.stringify(eventLine(stream, m.seq, m.subject, Math.floor(m.info.timestampNanos / 1e6), event));
}
