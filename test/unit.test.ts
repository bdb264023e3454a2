// Pure logic: ids, encodings, configuration, batching.
import test from 'ava';
import protobuf from 'protobufjs/minimal.js';
import { loadConfig } from '../src/shared/config.js';
import { deliverFrameView, encodeEvent, encodeFeedEntry, feedEntryHead, pb } from '../src/shared/events.js';
import { directConversationId, isId, messageIdFor, newId } from '../src/shared/ids.js';
import { Batcher } from '../src/shared/batcher.js';
import { readPubAck } from '../src/shared/pub-ack.js';
import { namesFor } from '../src/shared/names.js';

test('direct conversation ids do not depend on who asks', (t) => {
  t.is(directConversationId('a', 'b'), directConversationId('b', 'a'));
  t.not(directConversationId('a', 'b'), directConversationId('a', 'c'));
  t.true(isId(directConversationId('a', 'b')));
});

test('message ids are stable per (conversation, sender, client_msg_id)', (t) => {
  // Pinned values: ids are stored and compared across versions, so the hash must never change.
  t.is(messageIdFor('c', 's', 'x'), 'm5RZOScMUERAHTeHsJXyeCD');
  t.is(directConversationId('a', 'b'), 'dtNGKYkJhVTJ1TJ2gKI1ceV');
  t.is(messageIdFor('c', 's', 'héllo 👋'), 'moTMLYt7i-K-uyKAtYYp33q');
  t.is(messageIdFor('c', 's', 'x'), messageIdFor('c', 's', 'x'));
  t.not(messageIdFor('c', 's', 'x'), messageIdFor('c', 't', 'x'));
  t.not(messageIdFor('c', 's', 'x'), messageIdFor('d', 's', 'x'));
  // The separator keeps ("ab","c") and ("a","bc") apart.
  t.not(messageIdFor('ab', 'c', 'x'), messageIdFor('a', 'bc', 'x'));
});

test('ids are subject-safe', (t) => {
  for (let i = 0; i < 100; i++) t.true(isId(newId()));
  for (const bad of ['', 'a.b', 'a*', 'a>', 'a b', 'x'.repeat(65), '../etc']) t.false(isId(bad), bad);
});

test('a feed entry is a Deliver that carries the stored event bytes unchanged', (t) => {
  const event = encodeEvent({ messagePosted: { messageId: 'm1', conversationId: 'c1', senderId: 'u1', text: 'hi', sentAtMs: 1700000000000 } });
  const entry = encodeFeedEntry(123456789012, 42, event, { conversationId: 'c1', originDeviceId: 'dev1', senderId: 'u1', messageId: 'm1' });
  t.deepEqual(feedEntryHead(entry), { cursor: 123456789012, origin: 'dev1', conversationId: 'c1', seq: 42, senderId: 'u1', largeGroup: false, messageId: 'm1' });
  const d = pb.Deliver.decode(entry);
  t.is(d.cursor, 123456789012);
  t.is(d.seq, 42);
  t.is(d.originDeviceId, 'dev1');
  t.is(d.messageId, 'm1');
  t.is(d.event?.messagePosted?.text, 'hi');
  t.is(d.event?.messagePosted?.sentAtMs, 1700000000000);
  const frame = pb.ServerFrame.decode(deliverFrameView(entry));
  t.is(frame.body, 'deliver');
  t.is(frame.deliver?.cursor, 123456789012);
});

test('a oneof case set on a message removes the other member it held, and decoding keeps the last one on the wire', (t) => {
  // The setters are src/shared/protobuf-oneof.ts's: made when the generated code loaded.
  t.is(Object.getOwnPropertyDescriptor(pb.Event.prototype, 'body')?.set?.name, 'setOneOfCase');
  t.is(Object.getOwnPropertyDescriptor(pb.ClientFrame.prototype, 'body')?.set?.name, 'setOneOfCase');
  const e = pb.Event.create({ messagePosted: { messageId: 'm1' } });
  e.memberRemoved = pb.MemberRemoved.create({ userId: 'u1' });
  e.body = 'memberRemoved';
  t.false(Object.prototype.hasOwnProperty.call(e, 'messagePosted'));
  t.is(e.messagePosted, null, 'the prototype default is left alone');
  t.is(e.memberRemoved?.userId, 'u1');
  // Two members of the oneof on the wire: the later one wins.
  const first = pb.Event.encode({ messagePosted: { messageId: 'm1' } }).finish();
  const second = pb.Event.encode({ memberRemoved: { userId: 'u2' } }).finish();
  const both = pb.Event.decode(Buffer.concat([first, second]));
  t.is(both.body, 'memberRemoved');
  t.deepEqual(Object.keys(both), ['memberRemoved']);
});

test('short strings decode the same through the ASCII fast path, and invalid UTF-8 is still refused', (t) => {
  // src/shared/protobuf-strings.ts's reader, installed when events.ts loaded.
  t.is((protobuf.util.utf8 as unknown as { readStrict: { name: string } }).readStrict.name, 'readStrictFlat');
  for (const text of ['', 'a', 'conv_0123456789abcdefghij', 'ü', 'héllo wörld', 'emoji 😀 here', 'x'.repeat(63), 'x'.repeat(64), 'é'.repeat(40), 'nul\0byte']) {
    const bytes = pb.ClientFrame.encode({ send: { conversationId: text, clientMsgId: 'c1', text: 'hi' } }).finish();
    t.is(pb.ClientFrame.decode(bytes).send?.conversationId, text);
  }
  // A field of three bytes: a lone continuation byte inside ASCII, and an overlong encoding.
  for (const bad of [[0x61, 0x80, 0x62], [0xc0, 0xaf, 0x61]]) {
    const frame = Uint8Array.from([0x12, 0x05, 0x0a, 0x03, ...bad]); // ClientFrame.send { conversation_id }
    t.throws(() => pb.ClientFrame.decode(frame));
  }
});

test('strings are written as their UTF-8 with its length, at every length and in any script', (t) => {
  // src/shared/protobuf-strings.ts's writer, installed when events.ts loaded.
  const writer = protobuf.Writer.create();
  t.is((Object.getPrototypeOf(writer) as { string: { name: string } }).string.name, 'writeString');
  const lengths = [0, 1, 39, 40, 41, 127, 128, 129, 300, 16_383, 16_384, 100_000];
  for (const base of ['x', 'é', '中', '😀', 'a\0b']) {
    for (const n of lengths) {
      const text = Array.from(base.repeat(n)).slice(0, n).join(''); // n code points
      const utf8 = Buffer.from(text, 'utf8');
      const bytes = Buffer.from(protobuf.Writer.create().uint32(7).string(text).uint32(9).finish());
      const expected = Buffer.concat([Buffer.from([7]), Buffer.from(protobuf.Writer.create().uint32(utf8.length).finish()), utf8, Buffer.from([9])]);
      t.true(bytes.equals(expected), `${JSON.stringify(base)} × ${n}`);
      t.is(pb.Sent.decode(pb.Sent.encode({ messageId: text }).finish()).messageId, text);
    }
  }
  // A lone surrogate comes out as U+FFFD, as Buffer.from writes it (and not as bytes no strict reader takes).
  t.is(pb.Sent.decode(pb.Sent.encode({ messageId: 'a\ud800b' }).finish()).messageId, 'a\ufffdb');
  // Several strings in one message, each after the other (the length byte is reserved first).
  const frame = pb.ClientFrame.decode(pb.ClientFrame.encode({ send: { conversationId: 'c'.repeat(130), clientMsgId: '', text: 'ü'.repeat(70) } }).finish());
  t.deepEqual([frame.send?.conversationId, frame.send?.clientMsgId, frame.send?.text], ['c'.repeat(130), '', 'ü'.repeat(70)]);
});

test('64-bit fields are written as plain varints and read back as the same numbers', (t) => {
  // src/shared/protobuf-numbers.ts's fast paths, and protobufjs' own past them.
  t.is(protobuf.Writer.prototype.uint64.name, 'writeNumber64');
  t.is(protobuf.Reader.prototype.int64.name, 'readNumber64');
  const varint = (v: bigint) => {
    const out: number[] = [];
    for (let x = BigInt.asUintN(64, v); ; x >>= 7n) {
      if (x < 128n) return [...out, Number(x)];
      out.push(Number(x & 127n) | 128);
    }
  };
  const values = [0, 1, 127, 128, 300, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 35 + 7, 1_763_800_000_123, 2 ** 49 - 1, 2 ** 49, 2 ** 53 - 1];
  for (const v of values) {
    const bytes = pb.Sent.encode({ seq: v, sentAtMs: v }).finish();
    const expected = v === 0 ? [] : [0x20, ...varint(BigInt(v)), 0x28, ...varint(BigInt(v))]; // fields 4 and 5
    t.deepEqual([...bytes], expected, `encoding ${v}`);
    const back = pb.Sent.decode(bytes);
    t.is(back.seq, v, `uint64 ${v}`);
    t.is(back.sentAtMs, v, `int64 ${v}`);
  }
  // Negative (ten bytes, two's complement) and fractional values take protobufjs' own way.
  const negative = pb.Sent.encode({ sentAtMs: -5 }).finish();
  t.deepEqual([...negative], [0x28, ...varint(-5n)]);
  t.is(pb.Sent.decode(negative).sentAtMs, -5);
  t.deepEqual([...pb.Sent.encode({ seq: 2.9 }).finish()], [0x20, 2]);
  // A varint cut short is refused, not read past the end.
  t.throws(() => pb.Sent.decode(Uint8Array.from([0x20, 0xff, 0xff])));
  t.throws(() => pb.Sent.decode(Uint8Array.from([0x20, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])));
});

test('PubAcks read from their bytes say what JSON.parse says of them', (t) => {
  const replies = [
    '{"stream":"PARLEY_CONV","seq":1}',
    '{"stream":"PARLEY_CONV","seq":123456789}',
    '{"stream":"OTHER","seq":42,"duplicate":true}',
    '{"stream":"PARLEY_CONV","seq":7}',
    '{"stream":"S","domain":"hub","seq":3}',
    '{"stream":"S","seq":3,"duplicate":false}',
    '{"stream":"S","seq":3, "duplicate":true}',
    '{"stream":"S","seq":03}',
    '{"stream":"S","seq":9007199254740993}',
    '{"stream":"S","seq":-1}',
    '{"stream":"S\\"x","seq":1}',
    '{"error":{"code":400,"err_code":10071,"description":"wrong last sequence: 1"},"stream":"S","seq":0}',
    '{"stream":"S","seq":1}trailing',
    '{"stream":"","seq":1}',
    '{"stream":"S","seq":}',
  ];
  for (const reply of replies) {
    const bytes = new TextEncoder().encode(reply);
    let expected: unknown;
    try {
      expected = JSON.parse(reply);
    } catch {
      t.throws(() => readPubAck(bytes), undefined, reply);
      continue;
    }
    t.deepEqual(readPubAck(bytes), expected, reply);
  }
});

test('configuration: defaults, validation, frozen', (t) => {
  const c = loadConfig({});
  t.is(c.PORT, 8080);
  t.is(c.MAX_TEXT_CHARS, 100_000);
  t.true(Object.isFrozen(c));
  t.throws(() => loadConfig({ PORT: 'eighty' }), { message: /PORT/ });
  t.throws(() => loadConfig({ PARLEY_PREFIX: 'has.dots' }), { message: /PARLEY_PREFIX/ });
  t.throws(() => loadConfig({ NODE_ENV: 'production' }), { message: /JWT_SECRET/ });
});

test('names derive from the prefix', (t) => {
  const n = namesFor('abc');
  t.is(n.convStream, 'ABC_CONV');
  t.is(n.convSubject('x'), 'abc.conv.x');
  t.is(n.liveSubject, 'abc.live');
});

test('the batcher makes one call per tick and shares failures', async (t) => {
  const calls: string[][] = [];
  const b = new Batcher<string, number>(async (keys) => {
    calls.push(keys);
    return new Map(keys.filter((k) => k !== 'missing').map((k) => [k, k.length]));
  });
  const [x, y, z, again] = await Promise.all([b.get('a'), b.get('bb'), b.get('missing'), b.get('a')]);
  t.deepEqual([x, y, z, again], [1, 2, undefined, 1]);
  t.is(calls.length, 1);
  const failing = new Batcher<string, number>(async () => {
    throw new Error('down');
  });
  await t.throwsAsync(failing.get('k'), { message: 'down' });
});
