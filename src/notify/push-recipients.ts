// Who of a message's members may get a push for it (pure). Presence is asked afterwards, for
// the members left: a member with a connected device gets nothing either.

export interface MemberFacts {
  userId: string;
  /** Read watermark at the time of the query. */
  readSeq: number;
  /** Not muted: null. Muted until unmuted: 0. Muted until this time (ms): > 0. */
  mutedUntilMs: number | null;
}

export interface PostedMessage {
  seq: number;
  senderId: string;
}

/** Not the sender, not muted now, and has not read it already (on another device, say). */
export function wantsPush(member: MemberFacts, message: PostedMessage, nowMs: number): boolean {
  if (member.userId === message.senderId) return false;
  if (member.mutedUntilMs !== null && (member.mutedUntilMs === 0 || member.mutedUntilMs > nowMs)) return false;
  return member.readSeq < message.seq;
}
