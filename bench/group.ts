// The group scenario: one group, every member connected, a few members sending at a fixed
// total rate; every other member receives each message. Latency is per delivery.
import type { ChildProcess } from 'node:child_process';
import { pb } from '../src/shared/events.js';
import { Api } from '../test/helpers/api.js';
import { cleanup, prepare, spawnParley, testConfig } from '../test/helpers/env.js';
import { device, inBatches, pollRss, rss, type Scenario, stopParley } from './common.js';
import { watchCpu } from './cpu.js';
import { LoadMeter, sleep, type Peer } from './load.js';

export interface GroupLoad {
  members: number;
  senders: number;
  /** Messages per second offered, all senders together. */
  rate: number;
  warmupS: number;
  seconds: number;
  pad: number;
  /** FEED_COPY_LIMIT: at or above the member count the group gets feed copies; below, it is large. */
  copyLimit: number;
  ack: boolean;
}

export async function measureGroup(load: GroupLoad): Promise<Scenario> {
  const config = testConfig({
    LOG_LEVEL: 'warn',
    FEED_COPY_LIMIT: String(load.copyLimit),
    GROUP_MEMBER_LIMIT: String(Math.max(100, load.members)),
  });
  await prepare(config);
  let child: ChildProcess | undefined;
  const mode = load.members > load.copyLimit ? 'large: followed' : 'feed copies';
  try {
    const s = await spawnParley('serve', config);
    child = s.child;
    const api = new Api(`http://127.0.0.1:${s.port}`);
    process.stdout.write(`  creating ${load.members} users and their group (${mode})...\n`);
    const users = await inBatches(load.members, 32, () => api.newUser('bench'));
    const group = await api.ok('POST', '/v1/conversations', { type: 'group', name: 'bench', participant_ids: users.slice(1).map((u) => u.user_id) }, users[0]!.token);
    const conv = group.conversation_id as string;
    const before = rss(child.pid!);
    const meter = new LoadMeter();
    const url = `ws://127.0.0.1:${s.port}/v1/ws`;
    const sockets = await inBatches(load.members, 50, (i) => {
      const me = users[i]!.user_id;
      return device(url, users[i]!.token, (m) => m.senderId !== me && meter.onReceive(m.text), load.ack);
    });
    await sleep(500);
    const after = rss(child.pid!);
    process.stdout.write(`  running the load...\n`);
    let n = 0;
    const peers: Peer[] = sockets.slice(0, load.senders).map((ws) => ({
      send(stamp: string) {
        ws.send(pb.ClientFrame.encode({ id: ++n, send: { conversationId: conv, clientMsgId: `g${n}`, text: stamp } }).finish());
      },
    }));
    const poll = pollRss(child.pid!);
    const cpu = watchCpu(meter, [child.pid!]);
    const result = await meter.run(peers, load.rate, load.warmupS, load.seconds, load.pad, load.members - 1);
    const peak = poll.stop();
    for (const ws of sockets) ws.terminate();
    const cpuUsPerMsg = cpu(result.delivered * result.seconds);
    return {
      ...(cpuUsPerMsg && { cpuUsPerMsg }),
      name: `group of ${load.members}, ${load.senders} senders (${mode})`,
      clients: load.members,
      ...result,
      rssPerConnKiB: (after - before) / load.members,
      rssUnderLoadMiB: peak / 1024,
    };
  } finally {
    await stopParley(child);
    await sleep(300);
    await cleanup(config);
  }
}
