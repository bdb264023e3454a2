// The large groups one connection follows. A large group's messages have no feed copies: the
// device reads the conversation itself from its own position in it. Following a group starts
// like a feed catch-up: subscribe live first (and buffer), replay the messages after the
// position from the read model in pages, then drain the buffer, skipping by seq what the
// replay already sent, so there is no gap and no duplicate at the switch-over.
import type { Db } from '../shared/db.js';
import { encodeEvent, encodeFeedEntry, feedEntryHead, type FeedEntryHead, type IEvent } from '../shared/events.js';
import type { MessageRow } from '../projections/conversations/queries.js';
import { groupHistoryAfter } from '../projections/conversations/lifecycle-queries.js';
import { LifecycleKindCode, type MessageEventsTable } from '../projections/conversations/tables.js';
import { getMediaMany, type MediaRow } from '../projections/media/queries.js';
import { mediaInfo } from '../media/media-info.js';
import type { EntryHub, EntrySink } from './entry-hub.js';

/** Resolves once the read model holds every conversation event stored before the call. */
/** Catch-up waits for the socket to drain after about this many bytes (see FeedReader). */
const PAGE_BYTES = 256 * 1024;

export interface ReadModelSettled {
  settled(): Promise<void>;
}

export interface GroupOutput {
  /** Sends one entry (a Deliver with cursor 0) of a followed group. */
  sendGroupEntry(head: FeedEntryHead, entry: Uint8Array): void;
  /** Resolves when the socket can take more. */
  ready(): Promise<void>;
  readonly closed: boolean;
}

interface Follow {
  /** The last seq sent (or skipped as the device's own). */
  position: number;
  /** Live entries that arrived during the catch-up; undefined once live. */
  buffer: Array<[FeedEntryHead, Uint8Array]> | undefined;
}

export class GroupFollowing implements EntrySink {
  private readonly groups = new Map<string, Follow>();

  constructor(
    private readonly hub: EntryHub,
    private readonly db: Db,
    private readonly readModel: ReadModelSettled,
    private readonly pageSize: number,
    private readonly deviceId: string,
    private readonly out: GroupOutput,
  ) {}

  following(conversationId: string): boolean {
    return this.groups.has(conversationId);
  }

  /** The last seq this device was sent in the group, or undefined if it does not follow it. */
  position(conversationId: string): number | undefined {
    return this.groups.get(conversationId)?.position;
  }

  /** Follows the group after position: catches up, then live. No-op if already following. */
  async follow(conversationId: string, position: number): Promise<void> {
    if (this.groups.has(conversationId) || this.out.closed) return;
    const follow: Follow = { position, buffer: [] };
    this.groups.set(conversationId, follow);
    this.hub.attach(conversationId, this);
    await this.readModel.settled();
    let read = position;
    for (;;) {
      if (this.out.closed || this.groups.get(conversationId) !== follow) return;
      // The read model's current state: deleted messages are left out, edited ones carry
      // their latest text, and the lifecycle events come in order between them.
      // Rows that are not sent (a deleted message's edits) still move the page on.
      const { rows, hasMore } = await groupHistoryAfter(this.db, conversationId, Math.max(read, follow.position), this.pageSize);
      // The log's MessagePosted carried MediaInfo; the read model keeps the ids, so the media
      // comes from the media read model (its current state, thumbnails included).
      const media = await getMediaMany(this.db, rows.flatMap((r) => r.message?.media_ids ?? []));
      let bytes = 0;
      for (const row of rows) {
        const entry = row.message ? entryOf(row.message, media) : eventEntryOf(row.event);
        read = Number((row.message ?? row.event)!.seq);
        if (!entry) continue;
        this.deliver(follow, feedEntryHead(entry), entry);
        // A page of large messages must not pass the socket's backpressure bound at once.
        if ((bytes += entry.byteLength) >= PAGE_BYTES) {
          bytes = 0;
          await this.out.ready();
          if (this.out.closed || this.groups.get(conversationId) !== follow) return;
        }
      }
      if (!hasMore) break;
      await this.out.ready();
    }
    const buffered = follow.buffer ?? [];
    follow.buffer = undefined;
    for (const [head, entry] of buffered) this.deliver(follow, head, entry);
  }

  unfollow(conversationId: string): void {
    if (!this.groups.delete(conversationId)) return;
    this.hub.detach(conversationId, this);
  }

  onEntry(head: FeedEntryHead, entry: Uint8Array): void {
    const follow = this.groups.get(head.conversationId);
    if (!follow) return;
    if (follow.buffer) follow.buffer.push([head, entry]);
    else this.deliver(follow, head, entry);
  }

  private deliver(follow: Follow, head: FeedEntryHead, entry: Uint8Array): void {
    if (head.seq <= follow.position || this.out.closed) return;
    follow.position = head.seq;
    if (head.origin !== this.deviceId) this.out.sendGroupEntry(head, entry);
  }

  close(): void {
    for (const id of [...this.groups.keys()]) this.unfollow(id);
  }
}

/** A stored message as the projector announces it live: a Deliver with cursor 0. */
function entryOf(row: MessageRow, media: ReadonlyMap<string, MediaRow>): Uint8Array {
  const event = encodeEvent({
    messagePosted: {
      messageId: row.message_id,
      conversationId: row.conversation_id,
      senderId: row.sender_id,
      senderDeviceId: row.sender_device_id,
      clientMsgId: row.client_msg_id,
      text: row.text,
      mediaIds: row.media_ids,
      sentAtMs: Number(row.sent_at_ms),
      media: row.media_ids.flatMap((id) => {
        const m = media.get(id);
        return m ? [mediaInfo(m)] : [];
      }),
      replyToMessageId: row.reply_to_message_id ?? '',
      editUntilMs: Number(row.edit_until_ms),
      deleteUntilMs: Number(row.delete_until_ms),
    },
  });
  return encodeFeedEntry(0, Number(row.seq), event, {
    conversationId: row.conversation_id,
    originDeviceId: row.sender_device_id,
    senderId: row.sender_id,
    messageId: row.message_id,
  });
}

/**
 * A stored lifecycle event as the projector announced it. An edit of a message deleted
 * since has lost its text and is not sent at all (the deletion follows).
 */
function eventEntryOf(row: MessageEventsTable): Uint8Array | undefined {
  const base = { conversationId: row.conversation_id, messageId: row.message_id, userId: row.user_id, deviceId: row.device_id, atMs: Number(row.at_ms) };
  let event: IEvent;
  switch (row.kind) {
    case LifecycleKindCode.messageEdited:
      if (row.text === '') return undefined;
      event = { messageEdited: { ...base, text: row.text } };
      break;
    case LifecycleKindCode.messageDeleted:
      event = { messageDeleted: base };
      break;
    case LifecycleKindCode.reactionAdded:
      event = { reactionAdded: { ...base, emoji: row.emoji } };
      break;
    case LifecycleKindCode.reactionRemoved:
      event = { reactionRemoved: { ...base, emoji: row.emoji } };
      break;
    default:
      return undefined;
  }
  return encodeFeedEntry(0, Number(row.seq), encodeEvent(event), {
    conversationId: row.conversation_id,
    originDeviceId: row.device_id,
    ...(row.kind === LifecycleKindCode.messageEdited ? { messageId: row.message_id } : {}),
  });
}
