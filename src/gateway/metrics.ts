// The gateway's Prometheus metrics (GET /metrics on its HTTP port). The per-frame counters
// are plain numbers found through a Map and handed to prom-client when it is scraped:
// prom-client's own inc, on label children too, hashes the label set on every call, which
// was a sixth of the gateway's CPU in a catch-up's profile. Connection counts and projector
// lag are read when scraped.
import protobuf from 'protobufjs/minimal.js';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { errorCodes } from '../shared/errors.js';
import type { BatchStats } from '../projections/progress.js';
import { pb } from '../shared/events.js';

type Inc = { inc(): void };

/** One projector as /metrics reports it (ops/stream-status.ts, projectorStatus). */
type ProjectorReading = { name: string; lag: number; appliedBy: unknown };

/** A count kept as a plain number until the next scrape. */
class Tally implements Inc {
  n = 0;
  inc(): void {
    this.n++;
  }
}

/** A counter with one label whose counts are tallied (values: the label values known up front). */
function talliedCounter(config: { name: string; help: string; label: string; registers: Registry[] }, values: Iterable<string>): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const v of values) tallies.set(v, new Tally());
  new Counter({
    name: config.name,
    help: config.help,
    labelNames: [config.label],
    registers: config.registers,
    collect() {
      for (const [value, tally] of tallies) {
        if (tally.n === 0) continue;
        this.inc({ [config.label]: value }, tally.n);
        tally.n = 0;
      }
    },
  });
  return tallies;
}

/** ServerFrame field number → body name, found by encoding each body once (new frame types count by themselves). */
const serverFrameTypes: ReadonlyMap<number, string> = (() => {
  const out = new Map<number, string>();
  for (const key of Object.keys(pb.ServerFrame.prototype)) {
    if (key === 'id' || key === 'toJSON') continue;
    const bytes = pb.ServerFrame.encode({ [key]: {} } as never).finish();
    if (bytes.length > 0) out.set(bytes[0]! >>> 3, key);
  }
  return out;
})();
const clientFrameTypes = Object.keys(pb.ClientFrame.prototype).filter((k) => k !== 'id' && k !== 'toJSON');

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** One delivery in this many has its end-to-end latency measured (it costs a decode). */
const DELIVERY_SAMPLE = 16;

export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly framesIn: ReadonlyMap<string, Inc>;
  private readonly framesOut = new Map<number, Inc>();
  private readonly framesOutOther: Inc;
  private readonly framesInInvalid: Inc;
  private readonly errorsByCode: ReadonlyMap<string, Inc>;
  private readonly sendToSent: Histogram;
  private readonly delivery: Histogram;
  private readonly projectorBatchSeconds: Histogram<'projection'>;
  private readonly projectorEventAge: Histogram<'projection'>;
  private readonly projectorEvents: Counter<'projection'>;
  private deliveries = 0;

  constructor(sources: { connections: () => number; projectors: () => Promise<ProjectorReading[]> }) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'parley_connections',
      help: 'Open WebSocket connections',
      registers,
      collect() {
        this.set(sources.connections());
      },
    });
    // 'invalid' is not a ClientFrame body, so it is only ever counted through framesInInvalid.
    this.framesIn = talliedCounter({ name: 'parley_frames_in_total', help: 'Client frames received, by type', label: 'type', registers }, [...clientFrameTypes, 'invalid']);
    this.framesInInvalid = this.framesIn.get('invalid')!;
    const framesOut = talliedCounter({ name: 'parley_frames_out_total', help: 'Server frames sent, by type', label: 'type', registers }, [...serverFrameTypes.values(), 'other']);
    for (const [n, t] of serverFrameTypes) this.framesOut.set(n, framesOut.get(t)!);
    this.framesOutOther = framesOut.get('other')!;
    this.errorsByCode = talliedCounter(
      { name: 'parley_errors_total', help: 'Errors answered (WebSocket Error frames and HTTP error bodies), by code', label: 'code', registers },
      Object.keys(errorCodes),
    );
    this.sendToSent = new Histogram({
      name: 'parley_send_to_sent_seconds',
      help: 'From a Send frame (or POST of a message) received to its Sent written: validation plus the JetStream append',
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.delivery = new Histogram({
      name: 'parley_delivery_latency_seconds',
      help: `End to end, from the message's sent_at_ms (stamped by the sender's gateway) to the Deliver written to a recipient's socket; one delivery in ${DELIVERY_SAMPLE} is measured`,
      buckets: LATENCY_BUCKETS,
      registers,
    });
    // From the projectors' progress announcements (projections/progress.ts): every gateway
    // hears every projector, so each reports the same figures.
    this.projectorBatchSeconds = new Histogram({
      name: 'parley_projector_batch_seconds',
      help: "A projector batch's transaction, the fold included",
      labelNames: ['projection'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.projectorEventAge = new Histogram({
      name: 'parley_projector_event_age_seconds',
      help: "Per batch, from JetStream storing its oldest event to the batch's commit (how far behind in time the read model, and for conversations the device feeds, run)",
      labelNames: ['projection'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.projectorEvents = new Counter({
      name: 'parley_projector_events_total',
      help: 'Events committed by a projector, in the batches announced since this gateway started',
      labelNames: ['projection'],
      registers,
    });
    // Both gauges come from one reading per scrape (prom-client collects them side by side).
    let reading: { at: number; projectors: Promise<ProjectorReading[]> } | undefined;
    const projectors = () => {
      if (!reading || Date.now() - reading.at > 1000) reading = { at: Date.now(), projectors: sources.projectors() };
      return reading.projectors;
    };
    new Gauge({
      name: 'parley_projector_lag_events',
      help: "Events in a projector's stream that it has not committed yet",
      labelNames: ['projection'],
      registers,
      async collect() {
        for (const p of await projectors()) this.labels(p.name).set(p.lag);
      },
    });
    new Gauge({
      name: 'parley_projector_applied',
      help: 'Whether some process holds the projection\'s lock and applies it (1) or none does (0: its read model, and for conversations the device feeds, stand still)',
      labelNames: ['projection'],
      registers,
      async collect() {
        for (const p of await projectors()) this.labels(p.name).set(p.appliedBy ? 1 : 0);
      },
    });
  }

  frameIn(type: string | undefined): void {
    ((type !== undefined ? this.framesIn.get(type) : undefined) ?? this.framesInInvalid).inc();
  }

  /** Counts an encoded ServerFrame by its body's field number (the id, field 1, may come first). */
  frameOut(bytes: Uint8Array): void {
    let tag = bytes[0] ?? 0;
    if (tag === 8) {
      // Skip the id varint.
      let i = 1;
      while (i < bytes.length && (bytes[i]! & 0x80) !== 0) i++;
      tag = bytes[i + 1] ?? 0;
    }
    (this.framesOut.get(tag >>> 3) ?? this.framesOutOther).inc();
  }

  error(code: string): void {
    this.errorsByCode.get(code)?.inc();
  }

  /** startedMs: performance.now() when the Send arrived. */
  sent(startedMs: number): void {
    this.sendToSent.observe((performance.now() - startedMs) / 1000);
  }

  /** A projector committed a batch (about 10 to 100 a second per projector under load: prom-client's labelled calls are cheap enough here). */
  projectorBatch(projection: string, batch: BatchStats): void {
    this.projectorBatchSeconds.observe({ projection }, batch.transactionMs / 1000);
    if (batch.oldestAgeMs !== undefined) this.projectorEventAge.observe({ projection }, batch.oldestAgeMs / 1000);
    this.projectorEvents.inc({ projection }, batch.events);
  }

  /** An encoded Deliver of someone else's message was written to a socket. */
  delivered(entry: Uint8Array): void {
    if (++this.deliveries % DELIVERY_SAMPLE !== 0) return;
    const sentAt = sentAtMs(entry);
    if (sentAt > 0) this.delivery.observe(Math.max(0, Date.now() - sentAt) / 1000);
  }

  async text(): Promise<string> {
    return this.registry.metrics();
  }
}

/** MessagePosted.sent_at_ms from an encoded Deliver (event = 2 → message_posted = 2 → sent_at_ms = 8), without decoding the rest. */
function sentAtMs(entry: Uint8Array): number {
  const r = protobuf.Reader.create(entry);
  const inner = (reader: protobuf.Reader, field: number): protobuf.Reader | undefined => {
    while (reader.pos < reader.len) {
      const tag = reader.uint32();
      if (tag === ((field << 3) | 2)) {
        const len = reader.uint32();
        const sub = protobuf.Reader.create(reader.buf.subarray(reader.pos, reader.pos + len));
        return sub;
      }
      reader.skipType(tag & 7);
    }
    return undefined;
  };
  const event = inner(r, 2);
  const posted = event && inner(event, 2);
  if (!posted) return 0;
  while (posted.pos < posted.len) {
    const tag = posted.uint32();
    if (tag === 64) return Number(posted.int64());
    posted.skipType(tag & 7);
  }
  return 0;
}
