// Picks the media store the configuration names (MEDIA_STORE).
import type { NatsConnection } from '@nats-io/transport-node';
import type { Config } from '../shared/config.js';
import type { Names } from '../shared/names.js';
import { JetStreamObjectStore } from './jetstream-object-store.js';
import type { MediaStore } from './media-store.js';
import { S3Store } from './s3-store.js';

export function createMediaStore(config: Config, nc: NatsConnection, names: Names): MediaStore {
  if (config.MEDIA_STORE === 's3') {
    return new S3Store({
      endpoint: config.S3_ENDPOINT!,
      region: config.S3_REGION,
      bucket: config.S3_BUCKET,
      accessKey: config.S3_ACCESS_KEY!,
      secretKey: config.S3_SECRET_KEY!,
      pathStyle: config.S3_PATH_STYLE,
      partSize: config.S3_PART_SIZE,
    });
  }
  return new JetStreamObjectStore(nc, names.mediaBucket);
}
