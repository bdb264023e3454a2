import type { ColumnType } from 'kysely';
import type { MediaKindName, MediaStatus, VariantInfo } from '../../media/media-rules.js';

/** One media object: the fold's state (src/media/media-rules.ts), one row per media id. */
export interface MediaTable {
  media_id: string;
  conversation_id: string;
  uploader_id: string;
  uploader_device_id: string;
  kind: MediaKindName;
  declared_type: string;
  declared_size: number;
  filename: string;
  store: string;
  status: MediaStatus;
  content_type: string;
  size: number;
  width: number;
  height: number;
  /** jsonb: the derived renditions (preview, thumbnail). */
  variants: ColumnType<VariantInfo[], string, string>;
  created_at_ms: number;
  upload_expires_at_ms: number;
  verified_at_ms: number | null;
  attached_at_ms: number | null;
  deleted_at_ms: number | null;
  delete_reason: string | null;
  last_seq: number;
}

/** Every message a media object was attached to. */
export interface MediaAttachmentsTable {
  media_id: string;
  message_id: string;
  conversation_id: string;
  at_ms: number;
}

export interface MediaTables {
  media: MediaTable;
  media_attachments: MediaAttachmentsTable;
}
