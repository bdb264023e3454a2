// A client that never reads (issue 7, point 5): the gateway queues at most
// MAX_BACKPRESSURE_BYTES for a socket; past that, send() reports DROPPED and the connection is
// closed with 4100 (slow consumer: reconnect and resume from the cursor, nothing is lost since
// the feed is durable). Meanwhile other users keep chatting: their messages all arrive.
import test from 'ava';
import { authedSocket } from './helpers/authed-socket.js';
import { client, collect, texts, until } from './helpers/clients.js';
import { serverFixture } from './helpers/fixture.js';
import { sleep } from './helpers/ephemeral.js';

const fx = serverFixture(test, { MAX_BACKPRESSURE_BYTES: String(2 * 1024 * 1024) });

const FLOOD = 200;
const BIG = 'x'.repeat(99_000);

test('a socket that stops reading is closed once its queue passes the bound (4100); other users are unaffected; the feed keeps what it missed', async (t) => {
  const flooder = await fx.api.newUser('flooder');
  const victim = await fx.api.newUser('victim');
  const carol = await fx.api.newUser('carol');
  const dave = await fx.api.newUser('dave');
  const conv = await fx.api.direct(flooder, victim);
  const side = await fx.api.direct(carol, dave);

  const slow = await authedSocket(fx.server.ws, victim.token);
  t.teardown(() => slow.ws.terminate());
  // Stop reading: the kernel buffers fill, then the gateway's queue for this socket.
  (slow.ws as unknown as { _socket: { pause(): void; resume(): void } })._socket.pause();

  const c = client(fx.server.ws, carol.token);
  const d = client(fx.server.ws, dave.token);
  t.teardown(() => (c.close(), d.close()));
  const dGot = collect(d);
  await c.connect();
  await d.connect();
  await d.waitLive();

  const sender = await authedSocket(fx.server.ws, flooder.token);
  t.teardown(() => sender.close());
  const latencies: number[] = [];
  const chat = (async () => {
    for (let i = 0; i < 40; i++) {
      const at = Date.now();
      await c.send(side, `side ${i}`);
      await until(() => texts(dGot).includes(`side ${i}`), 10_000, `side ${i}`);
      latencies.push(Date.now() - at);
      await sleep(50);
    }
  })();
  for (let i = 0; i < FLOOD; i++) {
    sender.sendFrame({ id: i + 1, send: { conversationId: conv, clientMsgId: `big${i}`, text: `${i} ${BIG}` } });
    // In waves, so the flooder's own rate limit and frame queue are not what is tested.
    if (i % 20 === 19) t.is((await sender.next((f) => f.id === i + 1, 30_000)).body, 'sent');
  }
  await chat;
  t.deepEqual(texts(dGot), Array.from({ length: 40 }, (_, i) => `side ${i}`), 'the bystanders got every message, in order');
  latencies.sort((a, b) => a - b);
  t.log(`bystander send→receive during the flood: median ${latencies[20]} ms, max ${latencies[39]} ms; gateway rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`);

  // Reading again: what was queued arrives, then the close. Had the gateway kept queueing, all
  // FLOOD messages would arrive and the socket would stay open.
  (slow.ws as unknown as { _socket: { resume(): void } })._socket.resume();
  const closed = await slow.waitClosed(20_000);
  t.is(closed.code, 4100);
  const got = slow.frames.filter((f) => f.body === 'deliver').length;
  t.true(got < FLOOD, `the slow socket got ${got} of ${FLOOD} before it was cut off`);

  // The device reconnects and resumes: it gets the rest.
  const again = client(fx.server.ws, victim.token, { cursor: 0 });
  const vGot = collect(again);
  t.teardown(() => again.close());
  await again.connect();
  await until(() => texts(vGot).length >= FLOOD, 30_000, 'the victim catches up');
  t.is(texts(vGot).length, FLOOD);
});
