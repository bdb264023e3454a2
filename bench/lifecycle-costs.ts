// What the message lifecycle costs on the hot paths, measured on Postgres alone (no NATS):
//  1. the projector's message insert (one unnest statement per batch of 1,000), with and
//     without the full-text index over messages;
//  2. the catch-up screen: the isWithheld rule (lifecycle-queries.ts), which every catch-up
//     page query applies per entry, over a chunk of 1,000 messages.
// Run: node --import=tsx bench/lifecycle-costs.ts [rows]   (default 100,000 rows)
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { loadConfig } from '../src/shared/config.js';
import { createDb, dropSchema, ensureSchema } from '../src/shared/db.js';
import { migrateToLatest } from '../src/projections/migrations.js';
import { isWithheld } from '../src/projections/conversations/lifecycle-queries.js';

/** Of these messages, the ones a device of this user must not be sent again. */
async function withheldAmong(db: ReturnType<typeof createDb>, userId: string, messageIds: string[]): Promise<void> {
  await sql`select u.id from unnest(${messageIds}::text[]) as u(id) where ${isWithheld(sql.ref('u.id'), userId)}`.execute(db);
}

const ROWS = Number(process.argv[2] ?? 100_000);
const BATCH = 1000;
const words = 'the quick brown fox jumps over lazy dog hello world message chat reply edit delete react search text'.split(' ');
const text = (i: number) => Array.from({ length: 12 }, (_, k) => words[(i * 7 + k * 13) % words.length]).join(' ') + ` n${i}`;

interface Side {
  db: ReturnType<typeof createDb>;
  schema: string;
  ms: number;
  ids: string[];
}

async function side(schema: string, withIndex: boolean): Promise<Side> {
  const config = loadConfig({ ...process.env, PG_SCHEMA: schema, LOG_LEVEL: 'silent' });
  const db = createDb(config, { max: 2 });
  await dropSchema(db, schema);
  await ensureSchema(db, schema);
  await migrateToLatest(db, schema);
  if (!withIndex) await sql`drop index messages_search`.execute(db);
  return { db, schema, ms: 0, ids: [] };
}

async function insertBatch(s: Side, b: number): Promise<void> {
  const rows = Array.from({ length: BATCH }, (_, k) => {
    const i = b * BATCH + k;
    const id = randomBytes(12).toString('hex');
    s.ids.push(id);
    return { c: `c${i % 500}`, s: i + 1, id, t: text(i) };
  });
  const t0 = performance.now();
  await sql`insert into messages (conversation_id, seq, message_id, sender_id, sender_device_id, client_msg_id, text, sent_at_ms)
    select c, s, i, 'u', 'd', i, t, 0 from unnest(${rows.map((r) => r.c)}::text[], ${rows.map((r) => r.s)}::int8[],
      ${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.t)}::text[]) as u(c, s, i, t)`.execute(s.db);
  s.ms += performance.now() - t0;
}

// The two tables are filled batch by batch in turn, so both see the same load on a shared box.
const tag = randomBytes(3).toString('hex');
const plain = await side(`bench_lc_plain_${tag}`, false);
const indexed = await side(`bench_lc_index_${tag}`, true);
for (let b = 0; b < ROWS / BATCH; b++) {
  await insertBatch(plain, b);
  await insertBatch(indexed, b);
}
console.log(`insert without the search index: ${Math.round(ROWS / (plain.ms / 1000))} rows/s`);
console.log(`insert with the search index:    ${Math.round(ROWS / (indexed.ms / 1000))} rows/s`);

// Some deleted and hidden messages for the screen to find.
const db = indexed.db;
await sql`update messages set deleted_at_ms = 1, text = '' where seq % 100 = 0`.execute(db);
await sql`insert into message_hides select 'u', message_id, conversation_id, seq from messages where seq % 97 = 0`.execute(db);
await sql`analyze`.execute(db);
const runs = 50;
const t0 = performance.now();
for (let r = 0; r < runs; r++) {
  const from = Math.floor(Math.random() * (indexed.ids.length - BATCH));
  await withheldAmong(db, 'u', indexed.ids.slice(from, from + BATCH));
}
console.log(`screen: ${((performance.now() - t0) / runs).toFixed(2)} ms per chunk of ${BATCH} feed entries (${ROWS} messages)`);
const t1 = performance.now();
for (let r = 0; r < runs; r++) {
  const word = 'n' + Math.floor(Math.random() * ROWS);
  await sql`select message_id from messages where to_tsvector('simple', text) @@ websearch_to_tsquery('simple', ${word}) order by seq desc limit 21`.execute(db);
}
console.log(`search: ${((performance.now() - t1) / runs).toFixed(2)} ms per rare-word query`);
for (const s of [plain, indexed]) {
  await dropSchema(s.db, s.schema);
  await s.db.destroy();
}
