// The media scenario: one client uploads and downloads objects of 1 MB and 10 MB through
// `parley serve` with the default store (the JetStream object store: the bytes pass through
// the gateway both ways), one at a time, with the SDK's MediaClient. Upload is measured
// from POST /v1/media to the verified answer of /complete (slot, streamed PUT, verification);
// download from asking for the URL to the last byte.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { MediaClient } from '../src/sdk/media.js';
import { Api } from '../test/helpers/api.js';
import { cleanup, prepare, spawnParley, testConfig } from '../test/helpers/env.js';
import { percentile } from './stats.js';

export interface MediaLoad {
  sizes: number[];
  runs: number;
}

export interface MediaRow {
  bytes: number;
  runs: number;
  uploadMBps: number;
  downloadMBps: number;
  uploadP50Ms: number;
  downloadP50Ms: number;
}

export async function measureMedia(load: MediaLoad): Promise<MediaRow[]> {
  const config = testConfig({ LOG_LEVEL: 'warn' });
  await prepare(config);
  let child: ChildProcess | undefined;
  try {
    const s = await spawnParley('serve', config);
    child = s.child;
    const base = `http://127.0.0.1:${s.port}`;
    const api = new Api(base);
    const alice = await api.newUser('alice');
    const bob = await api.newUser('bob');
    const conv = await api.direct(alice, bob);
    const up = new MediaClient({ baseUrl: base, token: alice.token });
    const rows: MediaRow[] = [];
    for (const bytes of load.sizes) {
      const data = randomBytes(bytes);
      // One warm-up round trip per size.
      await up.download((await up.upload(conv, data, { contentType: 'application/octet-stream' })).id);
      const upMs: number[] = [];
      const downMs: number[] = [];
      for (let i = 0; i < load.runs; i++) {
        let t0 = performance.now();
        const media = await up.upload(conv, data, { contentType: 'application/octet-stream' });
        upMs.push(performance.now() - t0);
        t0 = performance.now();
        const got = await up.download(media.id);
        downMs.push(performance.now() - t0);
        if (got.byteLength !== bytes) throw new Error(`downloaded ${got.byteLength} of ${bytes} bytes`);
      }
      const mbps = (ms: number[]) => (bytes * ms.length) / 1e6 / (ms.reduce((a, b) => a + b, 0) / 1000);
      const row = {
        bytes,
        runs: load.runs,
        uploadMBps: mbps(upMs),
        downloadMBps: mbps(downMs),
        uploadP50Ms: percentile([...upMs].sort((a, b) => a - b), 50),
        downloadP50Ms: percentile([...downMs].sort((a, b) => a - b), 50),
      };
      process.stdout.write(
        `  ${(bytes / 1e6).toFixed(0)} MB x ${load.runs}: upload ${row.uploadMBps.toFixed(1)} MB/s (p50 ${row.uploadP50Ms.toFixed(0)} ms), ` +
          `download ${row.downloadMBps.toFixed(1)} MB/s (p50 ${row.downloadP50Ms.toFixed(0)} ms)\n`,
      );
      rows.push(row);
    }
    return rows;
  } finally {
    if (child && child.exitCode === null) {
      await new Promise<void>((resolve) => {
        child!.once('exit', () => resolve());
        child!.kill('SIGTERM');
      });
    }
    await cleanup(config);
  }
}
