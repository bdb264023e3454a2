// The media worker role: a durable consumer of the MEDIA stream that renders a preview and a
// thumbnail (sharp) for every verified image and records them as MediaThumbnailReady, plus
// the periodic orphan collection. Runs inside `parley serve` or alone (`parley media-worker`);
// several workers share the durable consumer, each message going to one of them.
import { AckPolicy, DeliverPolicy, JetStreamApiError, jetstream, jetstreamManager, type JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { parley } from '../gen/proto.js';
import type { Config } from '../shared/config.js';
import type { Db } from '../shared/db.js';
import { decodeEvent, encodeEvent } from '../shared/events.js';
import type { Logger } from '../shared/log.js';
import type { Names } from '../shared/names.js';
import { createMediaStore } from './create-media-store.js';
import { mediaKey, readAll, type MediaStore } from './media-store.js';
import { OrphanCollector } from './orphan-collector.js';
import { normalizeType } from './sniff.js';
import { RENDERABLE, renderVariants } from './thumbnails.js';

export interface MediaWorkerDeps {
  config: Config;
  nc: NatsConnection;
  db: Db;
  names: Names;
  log: Logger;
  /** Defaults to the configured store. */
  store?: MediaStore;
}

export interface MediaWorker {
  /** One orphan sweep now (also runs every MEDIA_ORPHAN_SWEEP_S). */
  collectOrphans(nowMs?: number): Promise<number>;
  close(): Promise<void>;
}

const NANOS = 1_000_000;

export async function startMediaWorker(deps: MediaWorkerDeps): Promise<MediaWorker> {
  const { config, nc, db, names } = deps;
  const log = deps.log.child({ role: 'media-worker' });
  const js = jetstream(nc);
  const jsm = await jetstreamManager(nc);
  const store = deps.store ?? createMediaStore(config, nc, names);
  await store.init();
  try {
    await jsm.consumers.info(names.mediaStream, names.mediaWorkerConsumer);
  } catch (err) {
    if (!(err instanceof JetStreamApiError && err.code === 10014)) throw err;
    await jsm.consumers.add(names.mediaStream, {
      durable_name: names.mediaWorkerConsumer,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: names.mediaFilter,
      // Rendering a 16 MB image takes well under this; a worker that died is noticed after it.
      ack_wait: 60_000 * NANOS,
      max_deliver: 5,
    });
  }
  const consumer = await js.consumers.get(names.mediaStream, names.mediaWorkerConsumer);
  const messages = await consumer.consume({ max_messages: 4 });

  async function handle(m: JsMsg): Promise<void> {
    const event = decodeEvent(m.data);
    // Decoded messages have every field defaulted.
    const v = event.mediaVerified as parley.v1.MediaVerified | null | undefined;
    if (!v || !RENDERABLE.has(normalizeType(v.contentType))) return;
    const source = await store.get(mediaKey(v.mediaId, 'original'));
    if (!source) return; // deleted since
    let renditions;
    try {
      renditions = await renderVariants(await readAll(source, config.MEDIA_MAX_IMAGE_BYTES), { preview: config.MEDIA_PREVIEW_PX, thumbnail: config.MEDIA_THUMBNAIL_PX });
    } catch (err) {
      // Verified as an image but sharp cannot render it: it stays without previews.
      log.warn({ err, mediaId: v.mediaId }, 'cannot render previews');
      return;
    }
    for (const r of renditions) {
      await store.put(mediaKey(v.mediaId, r.info.name as 'preview' | 'thumbnail'), r.bytes, { contentType: r.info.content_type, size: r.bytes.length });
    }
    await js.publish(
      names.mediaSubject(v.mediaId),
      encodeEvent({
        mediaThumbnailReady: {
          mediaId: v.mediaId,
          variants: renditions.map((r) => ({ name: r.info.name, contentType: r.info.content_type, size: r.info.size, width: r.info.width, height: r.info.height })),
          atMs: Date.now(),
        },
      }),
      { msgID: `thumbnails-${v.mediaId}` },
    );
  }

  const loop = (async () => {
    for await (const m of messages) {
      try {
        await handle(m);
        m.ack();
      } catch (err) {
        log.error({ err, seq: m.seq }, 'media event failed; retrying later');
        m.nak(5000);
      }
    }
  })();

  const collector = new OrphanCollector({ js, db, names, config, store, log });
  let sweeping: Promise<number> | undefined;
  const collectOrphans = (nowMs = Date.now()) => {
    sweeping ??= collector.collect(nowMs).finally(() => (sweeping = undefined));
    return sweeping;
  };
  const timer = setInterval(() => {
    collectOrphans().catch((err: unknown) => log.error({ err }, 'orphan collection failed'));
  }, config.MEDIA_ORPHAN_SWEEP_S * 1000);
  timer.unref();

  return {
    collectOrphans,
    async close() {
      clearInterval(timer);
      await messages.close();
      await loop.catch(() => undefined);
      await sweeping?.catch(() => undefined);
    },
  };
}
