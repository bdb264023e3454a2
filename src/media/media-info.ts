// What a message carries about a media object (MessagePosted.media): its state from the read
// model, as the protobuf MediaInfo.
import type { parley } from '../gen/proto.js';
import { KIND_NUMBERS, type MediaState } from './media-rules.js';

export function mediaInfo(row: MediaState): parley.v1.IMediaInfo {
  return {
    mediaId: row.media_id,
    kind: KIND_NUMBERS[row.kind],
    contentType: row.content_type,
    size: row.size,
    width: row.width,
    height: row.height,
    filename: row.filename,
    variants: [
      { name: 'original', contentType: row.content_type, size: row.size, width: row.width, height: row.height },
      ...row.variants.map((v) => ({ name: v.name, contentType: v.content_type, size: v.size, width: v.width, height: v.height })),
    ],
  };
}
