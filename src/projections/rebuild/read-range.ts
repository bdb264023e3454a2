// Reads a stream's events in order between two sequences, in batches, for a rebuild. An
// ordered consumer pulls ahead while the caller applies the previous batch, so reading from
// NATS and writing to Postgres overlap.
import { DeliverPolicy, type JetStreamClient, type JsMsg } from '@nats-io/jetstream';
import { decodeEvent, type Event } from '../../shared/events.js';
import type { Logger } from '../../shared/log.js';
import type { StoredEvent } from '../runner.js';

export interface Range {
  stream: string;
  filter: string;
  /** Exclusive: the position already applied. */
  after: number;
  /** Inclusive: the last sequence wanted. */
  upTo: number;
  batchSize: number;
}

/**
 * Yields the events in (after, upTo] in batches of at most batchSize, with the sequence each
 * batch ends at. Decoding runs ahead of the caller, one batch or two, while it waits for
 * Postgres: the rebuild's two halves overlap instead of taking turns.
 */
export async function* readRange(js: JetStreamClient, range: Range, log: Logger): AsyncGenerator<{ events: StoredEvent[]; last: number }> {
  if (range.upTo <= range.after) return;
  const consumer = await js.consumers.get(range.stream, {
    filter_subjects: range.filter,
    deliver_policy: DeliverPolicy.StartSequence,
    opt_start_seq: range.after + 1,
  });
  const messages = await consumer.consume({ max_messages: range.batchSize * 2 });
  const ready: Array<{ events: StoredEvent[]; last: number }> = [];
  let done = false;
  let failure: unknown;
  let wakeReader: (() => void) | undefined;
  let wakePump: (() => void) | undefined;
  const pump = (async () => {
    let events: StoredEvent[] = [];
    try {
      for await (const m of messages) {
        if (m.seq > range.upTo) break;
        const e = toStored(m, log);
        if (e) events.push(e);
        const end = m.seq >= range.upTo || m.info.pending === 0;
        if (events.length >= range.batchSize || end) {
          ready.push({ events, last: m.seq });
          events = [];
          wakeReader?.();
          while (ready.length >= READ_AHEAD && !done) await new Promise<void>((r) => (wakePump = r));
        }
        if (end || done) break;
      }
    } catch (err) {
      failure = err;
    } finally {
      done = true;
      wakeReader?.();
    }
  })();
  try {
    for (;;) {
      const batch = ready.shift();
      if (batch) {
        wakePump?.();
        yield batch;
        continue;
      }
      if (failure !== undefined) throw failure;
      if (done) break;
      await new Promise<void>((r) => (wakeReader = r));
    }
  } finally {
    done = true;
    wakePump?.();
    void messages.stop();
    await pump;
  }
}

/** Decoded batches held ahead of the caller. */
const READ_AHEAD = 2;

function toStored(m: JsMsg, log: Logger): StoredEvent | undefined {
  let event: Event;
  try {
    event = decodeEvent(m.data);
  } catch (err) {
    // The live runner skips these too (runner.ts), so the rebuilt tables stay the same.
    log.warn({ seq: m.seq, subject: m.subject, err }, 'skipping undecodable event');
    return undefined;
  }
  return { seq: m.seq, subject: m.subject, timeMs: Math.floor(m.info.timestampNanos / 1e6), data: m.data, event };
}
