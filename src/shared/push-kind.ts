// Push token kinds: the names the API and the read model use, and the PushKind enum of the
// events (proto/parley/v1/events.proto).
import { pb } from './events.js';

export const PUSH_KINDS = ['webhook', 'fcm', 'apns'] as const;
export type PushKindName = (typeof PUSH_KINDS)[number];

const toProto: Record<PushKindName, number> = {
  webhook: pb.PushKind.PUSH_KIND_WEBHOOK,
  fcm: pb.PushKind.PUSH_KIND_FCM,
  apns: pb.PushKind.PUSH_KIND_APNS,
};

export function pushKindToProto(kind: PushKindName): number {
  return toProto[kind];
}

/** The kind's name, or undefined for a value this version does not know. */
export function pushKindName(kind: number): PushKindName | undefined {
  return PUSH_KINDS.find((k) => toProto[k] === kind);
}
