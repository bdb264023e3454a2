// The NDJSON form of a stored event, as `parley tap` writes it (documented in docs/events.md):
// one object per line with where the event is in its stream, when it was stored, its type,
// and the event in the proto3 JSON mapping of parley.v1.Event (camelCase field names, 64-bit
// integers as strings, enums by name), so any protobuf library can parse it back.
import { pb, type Event } from '../shared/events.js';

export interface EventLine {
  stream: string;
  seq: number;
  subject: string;
  /** When JetStream stored it, ISO 8601 with milliseconds (UTC). */
  time: string;
  /** The event's message name: MessagePosted, UserRegistered, ... */
  type: string;
  event: Record<string, unknown>;
}

export function eventLine(stream: string, seq: number, subject: string, timeMs: number, event: Event): EventLine {
  return {
    stream,
    seq,
    subject,
    time: new Date(timeMs).toISOString(),
    type: typeName(event.body ?? ''),
    event: pb.Event.toObject(event, { longs: String, enums: String, bytes: String, json: true }),
  };
}

/** messagePosted → MessagePosted. */
export function typeName(body: string): string {
  return body.charAt(0).toUpperCase() + body.slice(1);
}

/** Every event type's oneof field name (the generated class lists them as its properties). */
export const eventBodies: readonly string[] = Object.keys(pb.Event.prototype).filter((k) => k !== 'toJSON');

/** The oneof field name for a type given as MessagePosted, messagePosted or message_posted. */
export function bodyName(type: string): string {
  const camel = type.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  const body = camel.charAt(0).toLowerCase() + camel.slice(1);
  if (!eventBodies.includes(body)) throw new Error(`unknown event type "${type}" (one of: ${eventBodies.map(typeName).join(', ')})`);
  return body;
}
