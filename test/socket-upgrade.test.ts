// Upgrades authenticated by header finish after the token check, outside uWS's request
// handler. Under a burst of them every socket must open and catch up: none may be closed
// right after its 101 (uWS mistook an upgrade finished while it parsed another request for
// that request's own, and closed the socket with 1006 before any frame).
import test from 'ava';
import { RawSocket } from './helpers/raw-socket.js';
import { serverFixture } from './helpers/fixture.js';

const fx = serverFixture(test, { MAX_CONNECTIONS_PER_USER: '100' });

test('a burst of header-authenticated upgrades: every socket opens and catches up', async (t) => {
  const users = await Promise.all([1, 2, 3].map(() => fx.api.newUser('burst')));
  await fx.api.direct(users[0]!, users[1]!);
  const failures: string[] = [];
  let caughtUp = 0;
  for (let round = 0; round < 20; round++) {
    const socks = await Promise.all(
      Array.from({ length: 50 }, (_, i) => RawSocket.open(fx.server.ws, { authorization: `Bearer ${users[i % users.length]!.token}` })),
    );
    await Promise.all(
      socks.map(async (sock) => {
        try {
          await sock.next((f) => f.body === 'caughtUp');
          caughtUp++;
        } catch (err) {
          failures.push(String(err));
        }
      }),
    );
    for (const sock of socks) sock.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  t.deepEqual(failures, []);
  t.is(caughtUp, 1000);
});
