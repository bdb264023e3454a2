// Appends device feed entries to the FEED stream. The conversation projector is the only
// writer of FEED, so it knows the sequence each entry will get: the entry carries its own
// cursor, and every publish states "expected last sequence", so a prediction can never be
// wrong silently. Each entry records its source (conversation seq and recipient index) in a
// header; after a crash the projector skips what the last stored entry shows was already
// written, so a replayed batch never writes an entry twice.
import type { NatsConnection } from '@nats-io/transport-node';
import { JetStreamApiError, jetstreamManager } from '@nats-io/jetstream';
import { AckPublisher, type PubAck } from '../../shared/ack-publisher.js';
import { encodeFeedEntry } from '../../shared/events.js';
import type { Names } from '../../shared/names.js';

export const SOURCE_HEADER = 'Parley-Src';

interface Mark {
  seq: number;
  index: number;
}

export class FeedWriter {
  private nextSeq = 1;
  private written: Mark = { seq: 0, index: -1 };
  private readonly publisher: AckPublisher;

  constructor(
    private readonly nc: NatsConnection,
    private readonly names: Names,
  ) {
    this.publisher = new AckPublisher(nc);
  }

  /** Reads the end of the FEED stream. checkpoint: the projector's committed position. */
  async init(checkpoint: number): Promise<void> {
    const jsm = await jetstreamManager(this.nc);
    const info = await jsm.streams.info(this.names.feedStream);
    this.nextSeq = info.state.last_seq + 1;
    this.written = { seq: checkpoint, index: Number.MAX_SAFE_INTEGER };
    if (info.state.messages === 0) return;
    try {
      const last = await jsm.streams.getMessage(this.names.feedStream, { seq: info.state.last_seq });
      const src = last?.header?.get(SOURCE_HEADER);
      if (src) {
        const [seq, index] = src.split('.').map(Number);
        if (seq !== undefined && index !== undefined && seq >= checkpoint) this.written = { seq, index };
      }
    } catch (err) {
      // The last entry aged out: everything up to the checkpoint was written, nothing after.
      if (!(err instanceof JetStreamApiError && err.code === 10037)) throw err;
    }
  }

  /**
   * Queues the entries of one event for its recipients (in a fixed order) and returns the
   * pending acknowledgements; entries written before a crash are skipped.
   */
  append(convSeq: number, recipients: readonly string[], eventBytes: Uint8Array, acks: Promise<PubAck>[], originDeviceId = ''): void {
    for (let index = 0; index < recipients.length; index++) {
      if (convSeq < this.written.seq || (convSeq === this.written.seq && index <= this.written.index)) continue;
      const cursor = this.nextSeq++;
      acks.push(
        this.publisher.publish(this.names.feedSubject(recipients[index]!), encodeFeedEntry(cursor, convSeq, eventBytes, originDeviceId), {
          headers: { [SOURCE_HEADER]: `${convSeq}.${index}` },
          expectLastSeq: cursor - 1,
        }),
      );
    }
  }

  close(): void {
    this.publisher.close();
  }
}
