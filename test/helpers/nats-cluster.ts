// A private 3-node NATS cluster with JetStream on loopback, for fault tests: its own ports and
// data dirs under a temp dir, routes between the nodes. A node can be killed with SIGKILL and
// started again on the same ports and data, like a crashed machine that reboots.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '@nats-io/transport-node';
import { freePort } from './ports.js';
import { killTree, waitForPort } from './processes.js';

export const NATS_SERVER = process.env.NATS_SERVER_BIN ?? '/usr/sbin/nats-server';

interface Node {
  name: string;
  port: number;
  clusterPort: number;
  /** Monitoring endpoint (/connz, /jsz). */
  httpPort: number;
  confFile: string;
  child: ChildProcess | undefined;
}

export class NatsCluster {
  private constructor(
    readonly dir: string,
    readonly nodes: Node[],
  ) {}

  /** NATS_URL for Parley: every node, comma-separated. */
  get url(): string {
    return this.nodes.map((n) => `nats://127.0.0.1:${n.port}`).join(',');
  }

  /** size nodes in a cluster; 1 is a single server without clustering. */
  static async start(size = 3): Promise<NatsCluster> {
    const dir = mkdtempSync(join(tmpdir(), 'parley-nats-'));
    const nodes: Node[] = [];
    for (let i = 0; i < size; i++) {
      nodes.push({ name: `n${i + 1}`, port: await freePort(), clusterPort: await freePort(), httpPort: await freePort(), confFile: '', child: undefined });
    }
    for (const n of nodes) {
      const store = join(dir, n.name);
      mkdirSync(store, { recursive: true });
      n.confFile = join(dir, `${n.name}.conf`);
      const routes = nodes.filter((o) => o !== n).map((o) => `"nats-route://127.0.0.1:${o.clusterPort}"`);
      writeFileSync(
        n.confFile,
        [
          `server_name: ${n.name}`,
          `listen: 127.0.0.1:${n.port}`,
          `http: 127.0.0.1:${n.httpPort}`,
          `jetstream { store_dir: "${store}" }`,
          // size 1: a plain single server (no cluster block), like a default deployment.
          ...(size > 1 ? [`cluster { name: parley_test, listen: 127.0.0.1:${n.clusterPort}, routes: [${routes.join(', ')}] }`] : []),
        ].join('\n'),
      );
    }
    const cluster = new NatsCluster(dir, nodes);
    try {
      await Promise.all(nodes.map((_, i) => cluster.startNode(i)));
      await cluster.waitJetStream();
    } catch (err) {
      await cluster.stop();
      throw err;
    }
    return cluster;
  }

  async startNode(i: number): Promise<void> {
    const n = this.nodes[i]!;
    // detached: its own process group, so killTree reaches it and nothing else.
    n.child = spawn(NATS_SERVER, ['-c', n.confFile], { stdio: 'ignore', detached: true });
    await waitForPort(n.port, 15_000, n.child);
  }

  /** kill -9, no chance to flush or say goodbye to the cluster. */
  killNode(i: number): void {
    const n = this.nodes[i]!;
    if (n.child) killTree(n.child, 'SIGKILL');
    n.child = undefined;
  }

  /** The node a client connection with this name is connected to (-1 if none). */
  async nodeOf(connectionName: string): Promise<number> {
    for (const [i, n] of this.nodes.entries()) {
      if (!n.child) continue;
      const res = await fetch(`http://127.0.0.1:${n.httpPort}/connz?limit=1024`).catch(() => undefined);
      const body = (await res?.json()) as { connections?: Array<{ name?: string }> } | undefined;
      if (body?.connections?.some((c) => c.name === connectionName)) return i;
    }
    return -1;
  }

  indexOf(serverName: string): number {
    return this.nodes.findIndex((n) => n.name === serverName);
  }

  /** Waits until the cluster has elected its JetStream meta leader (stream creation works). */
  async waitJetStream(timeoutMs = 20_000): Promise<void> {
    const nc = await connect({ servers: this.url.split(','), maxReconnectAttempts: -1 });
    try {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        try {
          const r = await nc.request('$JS.API.INFO', undefined, { timeout: 1000 });
          const info = JSON.parse(r.string()) as { error?: unknown };
          if (!info.error) return;
        } catch {
          // no responders / timeout while the meta group elects its leader
        }
        if (Date.now() > deadline) throw new Error('the NATS cluster did not elect a JetStream leader');
        await new Promise((r) => setTimeout(r, 250));
      }
    } finally {
      await nc.close();
    }
  }

  async stop(): Promise<void> {
    for (let i = 0; i < this.nodes.length; i++) this.killNode(i);
    await new Promise((r) => setTimeout(r, 100));
    rmSync(this.dir, { recursive: true, force: true });
  }
}
