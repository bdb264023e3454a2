// Encoding of the stored events and of the device feed entries.
import protobuf from 'protobufjs/minimal.js';
import { parley } from '../gen/proto.js';

// 64-bit fields (stream sequences, epoch milliseconds) are JavaScript numbers: they stay far
// below 2^53, and numbers are cheaper than Long objects on the hot path.
protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long;
protobuf.configure();

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

export function encodeEvent(event: IEvent): Uint8Array {
  return pb.Event.encode(event).finish();
}

export function decodeEvent(bytes: Uint8Array): Event {
  return pb.Event.decode(bytes);
}

/**
 * A feed entry is an encoded Deliver. The stored event bytes are copied in as they are
 * (no decode and re-encode), and the gateway wraps the entry in a ServerFrame the same way.
 */
export function encodeFeedEntry(cursor: number, convSeq: number, eventBytes: Uint8Array, originDeviceId = ''): Uint8Array {
  const w = protobuf.Writer.create();
  w.uint32(8).uint64(cursor); // Deliver.cursor = 1
  w.uint32(18).bytes(eventBytes); // Deliver.event = 2
  w.uint32(24).uint64(convSeq); // Deliver.seq = 3
  if (originDeviceId) w.uint32(34).string(originDeviceId); // Deliver.origin_device_id = 4
  return w.finish();
}

export interface FeedEntryHead {
  cursor: number;
  origin: string;
}

/** The cursor and origin device of an encoded Deliver, skipping over the event inside it. */
export function feedEntryHead(entry: Uint8Array): FeedEntryHead {
  const r = protobuf.Reader.create(entry);
  let cursor = 0;
  let origin = '';
  while (r.pos < r.len) {
    const tag = r.uint32();
    if (tag === 8) cursor = r.uint64() as unknown as number;
    else if (tag === 34) origin = r.string();
    else r.skipType(tag & 7);
  }
  return { cursor, origin };
}

/** ServerFrame{deliver: entry} built by prefixing the entry: field 4, length-delimited. */
export function deliverFrame(entry: Uint8Array): Uint8Array {
  const w = protobuf.Writer.create();
  w.uint32(34).bytes(entry);
  return w.finish();
}

