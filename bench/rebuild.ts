// The rebuild scenario: a full `parley replay conversations` of N events (C conversations,
// then messages spread over them) from a private-prefix stream, against a raw Postgres COPY of
// the same message rows into a table of the same shape (same primary key and unique index),
// measured in the same run. The rebuild is the real path: read-model-only fold into a scratch
// schema, deferred indexes, catch-up and swap.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { sql } from 'kysely';
import { AckPublisher, type PubAck } from '../src/shared/ack-publisher.js';
import { createDb } from '../src/shared/db.js';
import { encodeEvent, pb } from '../src/shared/events.js';
import { createLogger } from '../src/shared/log.js';
import { namesFor } from '../src/shared/names.js';
import { connectNats } from '../src/shared/nats.js';
import { readRange } from '../src/projections/rebuild/read-range.js';
import { jetstream } from '@nats-io/jetstream';
import { startParleyCli } from '../test/helpers/cli.js';
import { cleanup, prepare, testConfig } from '../test/helpers/env.js';

export interface RebuildLoad {
  events: number;
  conversations: number;
  /** Text bytes per message. */
  pad: number;
  batch: number;
}

export interface RebuildResult {
  events: number;
  publishS: number;
  rebuildS: number;
  rebuildPerS: number;
  /** Of rebuildS (which includes the command's start, about a second): until the fold reached the end (the rest: deferred indexes, ANALYZE, swap). */
  foldS: number;
  /** Reading and decoding the stream alone, no fold, no Postgres: the ceiling of the rebuild here. */
  readPerS: number;
  copyRows: number;
  copyS: number;
  copyPerS: number;
  /** rebuild events/s ÷ COPY rows/s. */
  ratio: number;
}

const IN_FLIGHT = 2000;

export async function measureRebuild(load: RebuildLoad): Promise<RebuildResult> {
  const config = testConfig({ LOG_LEVEL: 'warn', REPLAY_BATCH: String(load.batch) });
  await prepare(config);
  const nc = await connectNats(config, 'bench-rebuild');
  const db = createDb(config, { max: 2 });
  const names = namesFor(config.PARLEY_PREFIX);
  try {
    // The log: conversations first, then messages round-robin over them.
    const t0 = performance.now();
    const publisher = new AckPublisher(nc);
    const inFlight = new Set<Promise<PubAck>>();
    let lastSeq = 0;
    const convId = (c: number) => `bc${c}`;
    const text = 'x'.repeat(load.pad);
    const rows: string[] = [];
    for (let i = 0; i < load.events; i++) {
      let subject: string;
      let event: Uint8Array;
      if (i < load.conversations) {
        subject = names.convSubject(convId(i));
        event = encodeEvent({ conversationCreated: { conversationId: convId(i), kind: pb.ConversationKind.CONVERSATION_KIND_DIRECT, memberIds: [`u${i}a`, `u${i}b`], createdBy: `u${i}a`, atMs: Date.now() } });
      } else {
        const c = i % load.conversations;
        const sender = i % 2 ? `u${c}a` : `u${c}b`;
        const m = { messageId: `m${i}`, conversationId: convId(c), senderId: sender, senderDeviceId: `d${sender}`, clientMsgId: `k${i}`, text, sentAtMs: 1_700_000_000_000 + i };
        subject = names.convSubject(convId(c));
        event = encodeEvent({ messagePosted: m });
        // The same row for the COPY baseline (its seq is the stream sequence: i + 1).
        rows.push(`${m.conversationId}\t${i + 1}\t${m.messageId}\t${m.senderId}\t${m.senderDeviceId}\t${m.clientMsgId}\t${m.text}\t{}\t${m.sentAtMs}\t\\N\t0\t0\n`);
      }
      const p = publisher.publish(subject, event);
      inFlight.add(p);
      void p.then((ack) => {
        inFlight.delete(p);
        lastSeq = Math.max(lastSeq, ack.seq);
      });
      if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    publisher.close();
    const publishS = (performance.now() - t0) / 1000;
    process.stdout.write(`rebuild: ${load.events} events published in ${publishS.toFixed(1)} s\n`);

    // The ceiling: the same stream read and decoded, nothing else.
    const tr = performance.now();
    let read = 0;
    for await (const b of readRange(jetstream(nc), { stream: names.convStream, filter: names.convFilter, after: 0, upTo: lastSeq, batchSize: load.batch }, createLogger('warn', 'bench', 2))) read += b.events.length;
    const readPerS = read / ((performance.now() - tr) / 1000);

    // No live projector runs here: the live checkpoint says how far the read model is, and
    // the replay rebuilds exactly that far and swaps the rebuilt tables in.
    await sql`insert into projection_checkpoints (name, seq) values ('conversations', ${lastSeq})`.execute(db);
    // The operator's command, as a child process: what `parley replay` does is what is measured.
    const t1 = performance.now();
    let foldS = 0;
    const replay = startParleyCli(config, ['replay', 'conversations', '--batch', String(load.batch)]);
    replay.child.stderr!.on('data', (c: Buffer) => {
      // Progress lines (not a terminal): "conversations: 410000/1000000 events, ..."
      for (const m of c.toString().matchAll(/(\d+)\/(\d+) events/g)) if (m[1] === m[2] && foldS === 0) foldS = (performance.now() - t1) / 1000;
    });
    const result = await replay.done;
    const rebuildS = (performance.now() - t1) / 1000;
    if (result.code !== 0) throw new Error(`parley replay failed (${result.code}): ${result.stdout}${result.stderr}`);
    const count = await db.selectFrom('messages').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    if (Number(count.n) !== rows.length || !result.stdout.includes(`rebuilt up to ${lastSeq} `)) throw new Error(`rebuild incomplete: ${count.n} messages; ${result.stdout}`);

    // The baseline: the same rows, COPY'd into an empty table shaped like messages.
    await sql`create table copy_baseline (like messages including all)`.execute(db);
    const client = new pg.Client({ connectionString: config.DATABASE_URL, options: `-c search_path=${config.PG_SCHEMA}` });
    await client.connect();
    const t2 = performance.now();
    await pipeline(Readable.from(chunked(rows, 5000)), client.query(copyFrom(`copy copy_baseline (${BASELINE_COLUMNS}) from stdin`)));
    const copyS = (performance.now() - t2) / 1000;
    await client.end();

    const rebuildPerS = load.events / rebuildS;
    const copyPerS = rows.length / copyS;
    return { events: load.events, publishS, rebuildS, rebuildPerS, foldS, readPerS, copyRows: rows.length, copyS, copyPerS, ratio: rebuildPerS / copyPerS };
  } finally {
    await db.destroy();
    await nc.drain();
    await cleanup(config);
  }
}

/** The columns the rebuild's COPY writes (MESSAGE_COLUMNS in the conversations projection). */
const BASELINE_COLUMNS =
  'conversation_id, seq, message_id, sender_id, sender_device_id, client_msg_id, text, media_ids, sent_at_ms, reply_to_message_id, edit_until_ms, delete_until_ms';

function* chunked(rows: string[], size: number): Generator<string> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size).join('');
}
