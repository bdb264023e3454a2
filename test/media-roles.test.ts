// The media worker as a role: inside `parley serve` (in the projector thread), and alone as
// `parley media-worker`, which picks up from its durable consumer what happened while it was
// not running.
import test from 'ava';
import type { ChildProcess } from 'node:child_process';
import { Api } from './helpers/api.js';
import { until } from './helpers/clients.js';
import { cleanup, prepare, spawnParley, testConfig } from './helpers/env.js';
import { jpeg, uploadVerified } from './helpers/media.js';

function kill(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function sentImage(api: Api): Promise<{ id: string; token: string }> {
  const alice = await api.newUser('alice');
  const bob = await api.newUser('bob');
  const conv = await api.direct(alice, bob);
  const media = await uploadVerified(api, alice.token, conv, await jpeg(400, 300), 'image/jpeg');
  await api.ok('POST', `/v1/conversations/${conv}/messages`, { text: 'pic', media_ids: [media.id] }, alice.token);
  return { id: media.id, token: bob.token };
}

const thumbnail = async (api: Api, m: { id: string; token: string }) => (await api.ok('GET', `/v1/media/${m.id}`, undefined, m.token)).variants.thumbnail;

test.serial('parley serve renders thumbnails', async (t) => {
  const config = testConfig();
  await prepare(config);
  let child: ChildProcess | undefined;
  try {
    const s = await spawnParley('serve', config);
    child = s.child;
    const api = new Api(`http://127.0.0.1:${s.port}`);
    const m = await sentImage(api);
    await until(async () => (await thumbnail(api, m)) !== undefined, 20_000, 'the thumbnail');
    t.like(await thumbnail(api, m), { width: 320, height: 240 });
  } finally {
    await kill(child);
    await cleanup(config);
  }
});

test.serial('parley media-worker alone renders what was verified before it started', async (t) => {
  const config = testConfig();
  await prepare(config);
  const children: ChildProcess[] = [];
  try {
    const gw = await spawnParley('gateway', config);
    children.push(gw.child);
    children.push((await spawnParley('project', config)).child);
    const api = new Api(`http://127.0.0.1:${gw.port}`);
    const m = await sentImage(api);
    await new Promise((r) => setTimeout(r, 1000));
    t.is(await thumbnail(api, m), undefined, 'no worker, no thumbnail');
    children.push((await spawnParley('media-worker', config)).child);
    await until(async () => (await thumbnail(api, m)) !== undefined, 20_000, 'the thumbnail');
    t.pass();
  } finally {
    for (const c of children.reverse()) await kill(c);
    await cleanup(config);
  }
});
