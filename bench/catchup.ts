// The offline catch-up scenario: a device misses N messages across C conversations, then
// reconnects; measured from the moment the WebSocket is open until CaughtUp, with every
// missed message received in between.
import type { ChildProcess } from 'node:child_process';
import { pb } from '../src/shared/events.js';
import { createDb } from '../src/shared/db.js';
import { lastCursorOf } from '../src/projections/conversations/feed-log.js';
import { Api } from '../test/helpers/api.js';
import { cleanup, prepare, spawnParley, testConfig } from '../test/helpers/env.js';
import { cpuBetween, cpuSnapshot, type CpuTimes } from './cpu.js';
import { CAUGHT_UP_TAG, DELIVER_TAG, bodyTag, device, inBatches, openSocket, stopParley } from './common.js';
import { sleep } from './load.js';
import { percentile } from './stats.js';

export interface CatchupLoad {
  messages: number;
  conversations: number;
  runs: number;
}

export interface CatchupResult {
  messages: number;
  conversations: number;
  /** Milliseconds from open to CaughtUp, one per run. */
  runsMs: number[];
  /** Milliseconds from open to the first Deliver, one per run. */
  firstMs: number[];
  medianMs: number;
  bestMs: number;
  msgsPerS: number;
  /** CPU milliseconds per reconnect, averaged over the runs: the server's processes and this client's. */
  cpuMs: CpuTimes & { client: number };
}

export async function measureCatchup(load: CatchupLoad): Promise<CatchupResult> {
  const config = testConfig({ LOG_LEVEL: 'warn' });
  await prepare(config);
  let child: ChildProcess | undefined;
  const db = createDb(config, { max: 2 });
  try {
    const s = await spawnParley('serve', config);
    child = s.child;
    const api = new Api(`http://127.0.0.1:${s.port}`);
    const url = `ws://127.0.0.1:${s.port}/v1/ws`;
    process.stdout.write(`  creating a user with ${load.conversations} conversations...\n`);
    const me = await api.newUser('offline');
    const others = await inBatches(load.conversations, 32, () => api.newUser('bench'));
    const convs = await inBatches(load.conversations, 32, (i) => api.direct(others[i]!, me));
    const feedCount = async () =>
      Number((await db.selectFrom('feed_entries').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', me.user_id).executeTakeFirstOrThrow()).n);
    // The device's position: the feed's end before it went offline.
    const start = await feedCount();
    const lastBefore = await lastCursorOf(db, me.user_id);

    process.stdout.write(`  sending ${load.messages} messages while the device is offline...\n`);
    const perConv = Math.ceil(load.messages / load.conversations);
    const senders = await inBatches(load.conversations, 50, (i) => device(url, others[i]!.token, () => undefined, false));
    let n = 0;
    for (let k = 0; k < perConv; k++) {
      senders.forEach((ws, i) => {
        if (n >= load.messages) return;
        n++;
        ws.send(pb.ClientFrame.encode({ id: n, send: { conversationId: convs[i]!, clientMsgId: `o${n}`, text: `offline message ${k} ${'x'.repeat(60)}` } }).finish());
      });
      if (k % 10 === 9) await sleep(20); // let the sockets drain
    }
    const deadline = Date.now() + 120_000;
    while ((await feedCount()) < start + load.messages) {
      if (Date.now() > deadline) throw new Error('the missed messages did not all reach the feed');
      await sleep(200);
    }
    for (const ws of senders) ws.terminate();
    process.stdout.write(`  reconnecting the device ${load.runs} times from its old position...\n`);
    const runsMs: number[] = [];
    const firstMs: number[] = [];
    const cpuBefore = cpuSnapshot([child.pid!]);
    const clientBefore = process.cpuUsage();
    for (let r = 0; r < load.runs; r++) {
      let delivered = 0;
      let opened = 0;
      let firstAt = 0;
      let done: (ms: number) => void = () => undefined;
      let fail: (err: Error) => void = () => undefined;
      const caughtUp = new Promise<number>((resolve, reject) => ((done = resolve), (fail = reject)));
      const ws = await openSocket(
        `${url}?cursor=${lastBefore}`,
        (data) => {
          const tag = bodyTag(data);
          if (tag === DELIVER_TAG && delivered++ === 0) firstAt = performance.now() - opened;
          else if (tag === CAUGHT_UP_TAG) done(performance.now() - opened);
        },
        { authorization: `Bearer ${me.token}` },
      );
      opened = performance.now();
      ws.once('close', (code, reason) => fail(new Error(`the socket closed before CaughtUp: ${code} ${reason.toString()}`)));
      const ms = await caughtUp;
      ws.terminate();
      if (delivered < load.messages) throw new Error(`caught up with ${delivered} of ${load.messages} messages`);
      runsMs.push(ms);
      firstMs.push(firstAt);
      // The pause between runs is idle time; the CPU below is read over it too, which adds
      // the server's background work (projector heartbeats, sweeps), a little.
      await sleep(200);
    }
    const cpu = cpuBetween(cpuBefore, cpuSnapshot([child.pid!]));
    const client = process.cpuUsage(clientBefore);
    const per = (k: keyof CpuTimes) => (cpu[k] * 1000) / load.runs;
    const cpuMs = { parley: per('parley'), nats: per('nats'), postgres: per('postgres'), client: (client.user + client.system) / 1000 / load.runs };
    const sorted = [...runsMs].sort((a, b) => a - b);
    const medianMs = percentile(sorted, 50);
    return { messages: load.messages, conversations: load.conversations, runsMs, firstMs, medianMs, bestMs: sorted[0]!, msgsPerS: (load.messages / medianMs) * 1000, cpuMs };
  } finally {
    await stopParley(child);
    await db.destroy();
    await sleep(300);
    await cleanup(config);
  }
}
