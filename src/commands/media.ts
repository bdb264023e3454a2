// The write side of media: hand out upload slots, verify what was uploaded, check the media
// of a Send, and collect orphans. Every decision becomes a MEDIA event (subject
// <prefix>.media.<media_id>); the media read model is its fold. Objects in the store are
// removed before the event that says so, so a failure in between leaves a row the orphan
// collector (src/media/orphan-collector.ts) still finds, never bytes nobody knows about.
import type { parley } from '../gen/proto.js';
import type { PubAck } from '../shared/ack-publisher.js';
import { encodeEvent, type IEvent } from '../shared/events.js';
import { ParleyError, type ErrorCode } from '../shared/errors.js';
import { isId, newId } from '../shared/ids.js';
import type { Logger } from '../shared/log.js';
import { KIND_NUMBERS } from '../media/media-rules.js';
import { mediaInfo } from '../media/media-info.js';
import { article, MediaLimits } from '../media/limits.js';
import { mediaKey, readAll, removeMediaObjects, type MediaStore, type UploadTarget } from '../media/media-store.js';
import { SNIFF_BYTES, sniffType, typeMatches } from '../media/sniff.js';
import { imageSize } from '../media/thumbnails.js';
import { MEDIA_PROJECTION } from '../projections/media/projection.js';
import { getMedia, getMediaMany, type MediaRow } from '../projections/media/queries.js';
import type { CommandContext } from './context.js';
import type { MembershipCache } from './membership.js';

/** Most media one message may carry. */
export const MAX_MEDIA_PER_MESSAGE = 10;

export const EXPECTED_LAST_SUBJECT_SEQ = 'Nats-Expected-Last-Subject-Sequence';

export interface CreateUploadInput {
  userId: string;
  deviceId: string;
  conversationId: string;
  contentType: string;
  size: number;
  filename: string;
}

export interface CreatedUpload {
  media: MediaRow;
  /** Presigned (S3), or undefined: upload through the gateway. */
  target: UploadTarget | undefined;
  expiresAtMs: number;
}

export class MediaService {
  readonly limits: MediaLimits;

  constructor(
    private readonly ctx: CommandContext,
    readonly store: MediaStore,
    private readonly membership: MembershipCache,
    readonly log: Logger,
  ) {
    this.limits = new MediaLimits(ctx.config);
  }

  private get ttlMs(): number {
    return this.ctx.config.MEDIA_URL_TTL_S * 1000;
  }

  private publish(mediaId: string, event: IEvent, headers?: Record<string, string>, msgId?: string): Promise<PubAck> {
    return this.ctx.publisher.publish(this.ctx.names.mediaSubject(mediaId), encodeEvent(event), {
      ...(msgId !== undefined ? { msgId } : {}),
      ...(headers ? { headers } : {}),
    });
  }

  /** Publishes and waits until the media read model has it, so the caller reads its own write. */
  private async publishAndWait(mediaId: string, event: IEvent, headers?: Record<string, string>, msgId?: string): Promise<void> {
    const ack = await this.publish(mediaId, event, headers, msgId);
    await this.ctx.progress.waitFor(MEDIA_PROJECTION, ack.seq);
  }

  async memberCheck(userId: string, conversationId: string): Promise<void> {
    if (!isId(conversationId)) throw new ParleyError('conversation_not_found', 'no such conversation');
    const members = await this.membership.members(conversationId);
    if (!members) throw new ParleyError('conversation_not_found', 'no such conversation');
    if (!members.has(userId)) throw new ParleyError('not_member', 'you are not a member of this conversation');
  }

  /** POST /v1/media: an upload slot for a member of the conversation, within the limits. */
  async create(input: CreateUploadInput): Promise<CreatedUpload> {
    const { contentType, kind } = this.limits.check(input.contentType, input.size);
    await this.memberCheck(input.userId, input.conversationId);
    const mediaId = newId();
    const now = this.ctx.now();
    const expiresAtMs = now + this.ttlMs;
    await this.publishAndWait(
      mediaId,
      {
        mediaCreated: {
          mediaId,
          conversationId: input.conversationId,
          uploaderId: input.userId,
          uploaderDeviceId: input.deviceId,
          kind: KIND_NUMBERS[kind],
          contentType,
          size: input.size,
          filename: input.filename,
          store: this.store.kind,
          uploadExpiresAtMs: expiresAtMs,
          atMs: now,
        },
      },
      // A fresh id: the log refuses a second creation of the same media.
      { [EXPECTED_LAST_SUBJECT_SEQ]: '0' },
    );
    const media = await getMedia(this.ctx.db, mediaId);
    if (!media) throw new ParleyError('unavailable', 'the media read model is behind; retry');
    const target = await this.store.uploadTarget(mediaKey(mediaId, 'original'), contentType, this.ctx.config.MEDIA_URL_TTL_S);
    return { media, target, expiresAtMs };
  }

  /** The uploader's own media, for upload and completion. */
  async ownMedia(userId: string, mediaId: string): Promise<MediaRow> {
    const row = isId(mediaId) ? await getMedia(this.ctx.db, mediaId) : undefined;
    // Someone else's media does not exist for this caller.
    if (!row || row.uploader_id !== userId) throw new ParleyError('media_not_found', 'no such media');
    return row;
  }

  /**
   * POST /v1/media/{id}/complete: checks the stored object (there, size as declared and within
   * the limit, sniffed type as declared) and records the outcome. A failure deletes the
   * object and ends the media with the failure's code.
   */
  async complete(userId: string, mediaId: string): Promise<MediaRow> {
    const row = await this.ownMedia(userId, mediaId);
    if (row.status === 'verified') return row;
    if (row.status === 'deleted') throw new ParleyError(deletedCode(row.delete_reason), `this media was deleted (${row.delete_reason ?? 'deleted'})`);
    const key = mediaKey(mediaId, 'original');
    const stat = await this.store.stat(key);
    if (!stat) throw new ParleyError('not_uploaded', 'nothing was uploaded for this media yet');
    const head = (await this.store.head(key, SNIFF_BYTES)) ?? new Uint8Array(0);
    const sniffed = await sniffType(head);
    await this.publish(mediaId, { mediaUploaded: { mediaId, size: stat.size, sniffedType: sniffed ?? '', atMs: this.ctx.now() } }, undefined, `uploaded-${mediaId}`);

    const max = this.limits.maxBytes(row.kind);
    let failure: [ErrorCode, string] | undefined;
    if (stat.size > max) failure = ['too_large', `${article(row.kind)} may be at most ${max} bytes; this one has ${stat.size}`];
    else if (stat.size !== row.declared_size) failure = ['size_mismatch', `declared ${row.declared_size} bytes, uploaded ${stat.size}`];
    else if (!typeMatches(row.declared_type, sniffed)) failure = ['type_mismatch', `declared ${row.declared_type}, the content is ${sniffed ?? 'not a recognised format'}`];
    let dims = { width: 0, height: 0 };
    if (!failure && row.kind === 'image') {
      const source = await this.store.get(key);
      const size = source ? await imageSize(await readAll(source, max)) : undefined;
      if (!size) failure = ['type_mismatch', `the content is not a readable ${row.declared_type} image`];
      else dims = size;
    }
    if (failure) {
      await removeMediaObjects(this.store, mediaId);
      await this.publishAndWait(mediaId, { mediaDeleted: { mediaId, reason: failure[0], atMs: this.ctx.now() } }, undefined, `deleted-${mediaId}`);
      throw new ParleyError(failure[0], failure[1]);
    }
    await this.publishAndWait(
      mediaId,
      { mediaVerified: { mediaId, contentType: row.declared_type, size: stat.size, width: dims.width, height: dims.height, atMs: this.ctx.now() } },
      undefined,
      `verified-${mediaId}`,
    );
    return (await getMedia(this.ctx.db, mediaId))!;
  }

  /**
   * The media of a Send: each must be verified media the sender uploaded for this
   * conversation. Returns what the message carries about them.
   */
  async forSend(userId: string, conversationId: string, ids: readonly string[]): Promise<parley.v1.IMediaInfo[]> {
    if (ids.length === 0) return [];
    if (ids.length > MAX_MEDIA_PER_MESSAGE) throw new ParleyError('bad_request', `a message carries at most ${MAX_MEDIA_PER_MESSAGE} media`);
    if (new Set(ids).size !== ids.length) throw new ParleyError('bad_request', 'media_ids: each media once');
    for (const id of ids) if (!isId(id)) throw new ParleyError('media_not_found', `no such media: ${String(id).slice(0, 64)}`);
    const rows = await getMediaMany(this.ctx.db, ids);
    return ids.map((id) => {
      const row = rows.get(id);
      if (!row || row.uploader_id !== userId || row.status === 'deleted') throw new ParleyError('media_not_found', `no such media: ${id}`);
      if (row.conversation_id !== conversationId) throw new ParleyError('media_not_allowed', `media ${id} was uploaded for another conversation`);
      if (row.status !== 'verified') throw new ParleyError('media_not_ready', `media ${id} is not verified yet (POST /v1/media/${id}/complete)`);
      return mediaInfo(row);
    });
  }

  /**
   * MediaAttached for each media of an accepted send. Published at once (no await before),
   * next to the message's own publish; the same send repeated is a duplicate in the log.
   */
  attach(messageId: string, conversationId: string, userId: string, media: readonly parley.v1.IMediaInfo[], atMs: number): Promise<unknown> {
    return Promise.all(
      media.map((m) =>
        this.publish(m.mediaId!, { mediaAttached: { mediaId: m.mediaId!, conversationId, messageId, byUserId: userId, atMs } }, undefined, `attached-${m.mediaId}-${messageId}`),
      ),
    );
  }

  /**
   * May this user read the media? The uploader, and the members of the conversation it was
   * attached in. A refusal is only final once the read model has caught up with the log:
   * a recipient may ask for a media the moment its message arrives.
   */
  async readable(userId: string, mediaId: string): Promise<MediaRow> {
    if (!isId(mediaId)) throw new ParleyError('media_not_found', 'no such media');
    let row = await getMedia(this.ctx.db, mediaId);
    if (!row || !(await this.allowed(userId, row))) {
      const info = await this.ctx.jsm.streams.info(this.ctx.names.mediaStream);
      await this.ctx.progress.waitFor(MEDIA_PROJECTION, info.state.last_seq);
      row = await getMedia(this.ctx.db, mediaId);
    }
    if (!row) throw new ParleyError('media_not_found', 'no such media');
    if (!(await this.allowed(userId, row))) throw new ParleyError('forbidden', 'only members of a conversation this media was sent in may fetch it');
    if (row.status === 'deleted') throw new ParleyError('media_not_found', 'this media was deleted');
    return row;
  }

  private async allowed(userId: string, row: MediaRow): Promise<boolean> {
    if (row.uploader_id === userId) return true;
    if (row.attached_at_ms === null) return false;
    const members = await this.membership.members(row.conversation_id);
    return members?.has(userId) === true;
  }

}

function deletedCode(reason: string | null): ErrorCode {
  const known: ErrorCode[] = ['too_large', 'size_mismatch', 'type_mismatch', 'unsupported_type'];
  return known.find((c) => c === reason) ?? 'media_not_found';
}
