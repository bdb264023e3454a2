// The wire format of live entries (src/shared/live-batch.ts): records in order, split between
// messages at a size, never inside a record, and a damaged message visits only whole records.
import test from 'ava';
import { encodeLiveBatch, LIVE_FEED, LIVE_GROUP, readLiveBatch, type LiveRecord } from '../src/shared/live-batch.js';
import { announcedConversation } from '../src/projections/conversations/tables.js';

const bytes = (n: number, fill: number) => new Uint8Array(n).fill(fill);
const read = (messages: Uint8Array[]) => {
  const out: Array<[number, string, number[]]> = [];
  for (const m of messages) readLiveBatch(m, (kind, key, data) => out.push([kind, key, [...data]]));
  return out;
};

test('records come back in order, with their kind, key and bytes', (t) => {
  const records: LiveRecord[] = [
    { kind: LIVE_FEED, key: 'u1', data: bytes(3, 1) },
    { kind: LIVE_GROUP, key: 'g', data: bytes(0, 0) },
    { kind: LIVE_FEED, key: 'ü-ß', data: bytes(2, 7) },
  ];
  const messages = encodeLiveBatch(records);
  t.is(messages.length, 1);
  t.deepEqual(read(messages), [
    [LIVE_FEED, 'u1', [1, 1, 1]],
    [LIVE_GROUP, 'g', []],
    [LIVE_FEED, 'ü-ß', [7, 7]],
  ]);
  t.deepEqual(encodeLiveBatch([]), []);
});

test('a batch over the size goes out as several messages, split between records', (t) => {
  const records: LiveRecord[] = Array.from({ length: 10 }, (_, i) => ({ kind: LIVE_FEED, key: `u${i}`, data: bytes(40, i) }));
  // 6 + 2 + 40 = 48 bytes a record: two fit in 100 bytes.
  const messages = encodeLiveBatch(records, 100);
  t.is(messages.length, 5);
  t.true(messages.every((m) => m.length <= 100));
  t.deepEqual(read(messages).map(([, key]) => key), records.map((r) => r.key));
  // A record larger than the size travels alone.
  const big = encodeLiveBatch([records[0]!, { kind: LIVE_FEED, key: 'big', data: bytes(500, 9) }, records[1]!], 100);
  t.deepEqual(big.map((m) => m.length), [48, 509, 48]);
});

test('a truncated message throws after visiting its whole records', (t) => {
  const [message] = encodeLiveBatch([
    { kind: LIVE_FEED, key: 'u1', data: bytes(10, 1) },
    { kind: LIVE_FEED, key: 'u2', data: bytes(10, 2) },
  ]);
  const seen: string[] = [];
  t.throws(() => readLiveBatch(message!.subarray(0, message!.length - 1), (_k, key) => seen.push(key)), { message: /truncated/ });
  t.deepEqual(seen, ['u1']);
  t.throws(() => encodeLiveBatch([{ kind: LIVE_FEED, key: 'x'.repeat(256), data: bytes(1, 0) }]), { message: /too long/ });
});

test("a stored announcement names its group, also in the form stored before live batches (the group's subject)", (t) => {
  t.is(announcedConversation({ after: 3, conversationId: 'g1', data: '' }), 'g1');
  t.is(announcedConversation({ after: 3, subject: 'parley.group.g2', data: '' }), 'g2');
});
