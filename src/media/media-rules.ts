// The media fold: what each lifecycle event does to one media object, decided from the
// ordered MEDIA stream alone (so a replay decides the same way). Pure: no I/O, no clock.
import type { parley } from '../gen/proto.js';

export type MediaStatus = 'pending' | 'uploaded' | 'verified' | 'deleted';
export type MediaKindName = 'image' | 'video' | 'file';

export interface VariantInfo {
  name: string;
  content_type: string;
  size: number;
  width: number;
  height: number;
}

export interface MediaState {
  media_id: string;
  conversation_id: string;
  uploader_id: string;
  uploader_device_id: string;
  kind: MediaKindName;
  /** What the client declared at POST /v1/media. */
  declared_type: string;
  declared_size: number;
  filename: string;
  store: string;
  status: MediaStatus;
  /** Verified content type and size (the declared ones until verified). */
  content_type: string;
  size: number;
  width: number;
  height: number;
  /** Derived renditions (preview, thumbnail) once the worker made them. */
  variants: VariantInfo[];
  created_at_ms: number;
  upload_expires_at_ms: number;
  verified_at_ms: number | null;
  attached_at_ms: number | null;
  deleted_at_ms: number | null;
  delete_reason: string | null;
  /** Stream sequence of the last event on this media's subject (for expected-sequence appends). */
  last_seq: number;
}

export interface Attachment {
  media_id: string;
  message_id: string;
  conversation_id: string;
  at_ms: number;
}

export const KIND_NAMES: Record<number, MediaKindName> = { 1: 'image', 2: 'video', 3: 'file' };
export const KIND_NUMBERS: Record<MediaKindName, number> = { image: 1, video: 2, file: 3 };

/** The kind a declared content type makes: image/*, video/*, anything else is a file. */
export function kindOf(contentType: string): MediaKindName {
  if (contentType.startsWith('image/')) return 'image';
  if (contentType.startsWith('video/')) return 'video';
  return 'file';
}

export interface Outcome {
  state: MediaState;
  attachment?: Attachment;
}

/**
 * Applies one event to the media's state (undefined before MediaCreated). Returns the new
 * state (an event that does not count moves only last_seq, which must follow the subject's
 * last sequence in the stream), or undefined for events of a media never created.
 */
export function evolveMedia(state: MediaState | undefined, event: parley.v1.IEvent, seq: number): Outcome | undefined {
  if (event.mediaCreated) {
    // A second creation changes nothing but the position (the log refuses one anyway).
    if (state) return { state: { ...state, last_seq: seq } };
    const e = event.mediaCreated;
    const kind = KIND_NAMES[e.kind ?? 0] ?? kindOf(e.contentType ?? '');
    return {
      state: {
        media_id: e.mediaId ?? '',
        conversation_id: e.conversationId ?? '',
        uploader_id: e.uploaderId ?? '',
        uploader_device_id: e.uploaderDeviceId ?? '',
        kind,
        declared_type: e.contentType ?? '',
        declared_size: Number(e.size ?? 0),
        filename: e.filename ?? '',
        store: e.store ?? '',
        status: 'pending',
        content_type: e.contentType ?? '',
        size: Number(e.size ?? 0),
        width: 0,
        height: 0,
        variants: [],
        created_at_ms: Number(e.atMs ?? 0),
        upload_expires_at_ms: Number(e.uploadExpiresAtMs ?? 0),
        verified_at_ms: null,
        attached_at_ms: null,
        deleted_at_ms: null,
        delete_reason: null,
        last_seq: seq,
      },
    };
  }
  if (!state) return undefined;
  const next = { ...state, last_seq: seq };
  if (event.mediaUploaded) {
    if (state.status !== 'pending') return { state: next };
    return { state: { ...next, status: 'uploaded', size: Number(event.mediaUploaded.size ?? 0) } };
  }
  if (event.mediaVerified) {
    if (state.status !== 'pending' && state.status !== 'uploaded') return { state: next };
    const e = event.mediaVerified;
    return {
      state: {
        ...next,
        status: 'verified',
        content_type: e.contentType ?? state.declared_type,
        size: Number(e.size ?? 0),
        width: e.width ?? 0,
        height: e.height ?? 0,
        verified_at_ms: Number(e.atMs ?? 0),
      },
    };
  }
  if (event.mediaThumbnailReady) {
    if (state.status !== 'verified') return { state: next };
    const variants = (event.mediaThumbnailReady.variants ?? []).map((v) => ({
      name: v.name ?? '',
      content_type: v.contentType ?? '',
      size: Number(v.size ?? 0),
      width: v.width ?? 0,
      height: v.height ?? 0,
    }));
    return { state: { ...next, variants } };
  }
  if (event.mediaAttached) {
    const e = event.mediaAttached;
    // Only verified media, and only in the conversation it was uploaded for.
    if (state.status !== 'verified' || e.conversationId !== state.conversation_id) return { state: next };
    const atMs = Number(e.atMs ?? 0);
    return {
      state: { ...next, attached_at_ms: state.attached_at_ms ?? atMs },
      attachment: { media_id: state.media_id, message_id: e.messageId ?? '', conversation_id: state.conversation_id, at_ms: atMs },
    };
  }
  if (event.mediaDeleted) {
    if (state.status === 'deleted') return { state: next };
    return { state: { ...next, status: 'deleted', deleted_at_ms: Number(event.mediaDeleted.atMs ?? 0), delete_reason: event.mediaDeleted.reason ?? '' } };
  }
  return { state: next };
}
