// Encoding of the stored events and of the device feed entries.
import protobuf from 'protobufjs/minimal.js';
// protobufjs tuned for the hot paths, before the generated code (it makes its oneof setters
// as it loads): the oneof setter, short strings decoded flat, 64-bit fields as numbers.
import './protobuf-oneof.js';
import './protobuf-strings.js';
import './protobuf-numbers.js';
import { parley } from '../gen/proto.js';
import { copy, encodeCopy, scratchWriter, view } from './proto-scratch.js';

export const pb = parley.v1;
export type Event = parley.v1.Event;
export type IEvent = parley.v1.IEvent;
export type EventType = NonNullable<Event['body']>;
// Decoded sub-messages are class instances with every field defaulted; these aliases say so.
export type ConversationCreated = parley.v1.ConversationCreated;
export type MessagePosted = parley.v1.MessagePosted;
export type UserRegistered = parley.v1.UserRegistered;
export type UserUpdated = parley.v1.UserUpdated;
export type UserDeleted = parley.v1.UserDeleted;
export type DeviceAdded = parley.v1.DeviceAdded;
export type MembersAdded = parley.v1.MembersAdded;
export type MemberRemoved = parley.v1.MemberRemoved;
export type ConversationRenamed = parley.v1.ConversationRenamed;
export type MemberRoleChanged = parley.v1.MemberRoleChanged;
export type MessagesDelivered = parley.v1.MessagesDelivered;
export type MessagesRead = parley.v1.MessagesRead;
export type DeviceRevoked = parley.v1.DeviceRevoked;
export type PushTokenSet = parley.v1.PushTokenSet;
export type PushTokenRemoved = parley.v1.PushTokenRemoved;
export type ConversationMuteSet = parley.v1.ConversationMuteSet;
export type MessageEdited = parley.v1.MessageEdited;
export type MessageDeleted = parley.v1.MessageDeleted;
export type MessageHidden = parley.v1.MessageHidden;
export type ReactionAdded = parley.v1.ReactionAdded;
export type ReactionRemoved = parley.v1.ReactionRemoved;

export function encodeEvent(event: IEvent): Uint8Array {
  return encodeCopy(pb.Event, event);
}

export function decodeEvent(bytes: Uint8Array): Event {
  return pb.Event.decode(bytes);
}

export interface FeedEntryMeta {
  conversationId: string;
  /** The device whose action the event records; it is not sent its own entry back. */
  originDeviceId?: string;
  /** MessagePosted: the sender. */
  senderId?: string;
  /** MessagesRead in the reader's feed: their unread count after it. */
  unreadCount?: number;
  /** Membership events: the group is large after it (its members follow the conversation). */
  largeGroup?: boolean;
  /** MessagePosted and MessageEdited: the message whose content the entry carries. */
  messageId?: string;
}

/**
 * A feed entry is an encoded Deliver. The stored event bytes are copied in as they are
 * (no decode and re-encode), and the gateway wraps the entry in a ServerFrame the same way.
 */
export function encodeFeedEntry(cursor: number, convSeq: number, eventBytes: Uint8Array, meta: FeedEntryMeta): Uint8Array {
  const w = scratchWriter();
  w.uint32(8).uint64(cursor); // Deliver.cursor = 1
  w.uint32(18).bytes(eventBytes); // Deliver.event = 2
  w.uint32(24).uint64(convSeq); // Deliver.seq = 3
  if (meta.originDeviceId) w.uint32(34).string(meta.originDeviceId); // Deliver.origin_device_id = 4
  w.uint32(42).string(meta.conversationId); // Deliver.conversation_id = 5
  if (meta.unreadCount !== undefined) w.uint32(48).uint32(meta.unreadCount); // Deliver.unread_count = 6
  if (meta.senderId) w.uint32(58).string(meta.senderId); // Deliver.sender_id = 7
  if (meta.largeGroup) w.uint32(64).bool(true); // Deliver.large_group = 8
  if (meta.messageId) w.uint32(74).string(meta.messageId); // Deliver.message_id = 9
  return copy(w);
}

export interface FeedEntryHead {
  cursor: number;
  origin: string;
  conversationId: string;
  seq: number;
  senderId: string;
  largeGroup: boolean;
  /** The message whose content the entry carries ('' if none). */
  messageId: string;
}

/** The routing fields of an encoded Deliver, skipping over the event inside it. */
export function feedEntryHead(entry: Uint8Array): FeedEntryHead {
  const r = protobuf.Reader.create(entry);
  const head: FeedEntryHead = { cursor: 0, origin: '', conversationId: '', seq: 0, senderId: '', largeGroup: false, messageId: '' };
  while (r.pos < r.len) {
    const tag = r.uint32();
    if (tag === 8) head.cursor = r.uint64() as unknown as number;
    else if (tag === 24) head.seq = r.uint64() as unknown as number;
    else if (tag === 34) head.origin = r.string();
    else if (tag === 42) head.conversationId = r.string();
    else if (tag === 58) head.senderId = r.string();
    else if (tag === 64) head.largeGroup = r.bool();
    else if (tag === 74) head.messageId = r.string();
    else r.skipType(tag & 7);
  }
  return head;
}

/**
 * ServerFrame{deliver: entry} built by prefixing the entry: field 4, length-delimited. A view
 * into proto-scratch's shared buffer, valid until the next encode there: send it at once.
 */
export function deliverFrameView(entry: Uint8Array): Uint8Array {
  return view(scratchWriter().uint32(34).bytes(entry));
}

