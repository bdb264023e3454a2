// The acknowledged publisher against a real JetStream stream: the headers it writes in their
// wire form (src/shared/ack-publisher.ts) mean to nats-server what nats.js' own would.
import test from 'ava';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { AckPublisher, PublishError } from '../src/shared/ack-publisher.js';
import { uniqueName } from './helpers/env.js';

test('message ids deduplicate, expected last sequences are enforced, and the stored headers read back', async (t) => {
  const nc = await connect({ servers: process.env.NATS_URL ?? 'nats://127.0.0.1:4222' });
  const jsm = await jetstreamManager(nc);
  const stream = uniqueName().toUpperCase();
  const subject = `${stream.toLowerCase()}.x`;
  await jsm.streams.add({ name: stream, subjects: [subject], duplicate_window: 60_000_000_000 });
  const publisher = new AckPublisher(nc);
  try {
    const first = await publisher.publish(subject, Buffer.from('a'), { msgId: 'm-1' });
    t.deepEqual(first, { stream, seq: 1, duplicate: false });
    t.deepEqual(await publisher.publish(subject, Buffer.from('a again'), { msgId: 'm-1' }), { stream, seq: 1, duplicate: true });
    t.deepEqual(await publisher.publish(subject, Buffer.from('b'), { msgId: 'm-2', expectLastSeq: 1 }), { stream, seq: 2, duplicate: false });
    const refused = await t.throwsAsync(publisher.publish(subject, Buffer.from('c'), { expectLastSeq: 1 }), { instanceOf: PublishError });
    t.is(refused?.code, 10071, 'wrong last sequence');
    // Extra headers go through nats.js' own MsgHdrs.
    t.is((await publisher.publish(subject, Buffer.from('d'), { msgId: 'm-3', headers: { 'X-Kind': 'media' } })).seq, 3);

    const stored = await jsm.streams.getMessage(stream, { seq: 2 });
    t.is(stored?.header.get('Nats-Msg-Id'), 'm-2');
    t.is(stored?.header.get('Nats-Expected-Last-Sequence'), '1');
    t.is(stored?.string(), 'b');
    const withExtra = await jsm.streams.getMessage(stream, { seq: 3 });
    t.is(withExtra?.header.get('Nats-Msg-Id'), 'm-3');
    t.is(withExtra?.header.get('X-Kind'), 'media');
    t.is((await jsm.streams.info(stream)).state.messages, 3);
  } finally {
    publisher.close();
    await jsm.streams.delete(stream);
    await nc.close();
  }
});
