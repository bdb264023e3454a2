// Muting a conversation: a user setting (no pushes for it), recorded on the user's subject of
// the USERS stream. Only a member may mute; the caller checks membership first.
import { encodeEvent } from '../shared/events.js';
import type { CommandContext } from './context.js';

export interface MuteInput {
  muted: boolean;
  /** The mute ends by itself at this time (ms); absent: until unmuted. */
  untilMs?: number;
}

export async function setMute(ctx: CommandContext, userId: string, conversationId: string, input: MuteInput): Promise<void> {
  const untilMs = input.muted ? (input.untilMs ?? 0) : 0;
  const event = encodeEvent({ conversationMuteSet: { userId, conversationId, muted: input.muted, untilMs, atMs: ctx.now() } });
  const ack = await ctx.js.publish(ctx.names.userSubject(userId), event);
  await ctx.progress.waitFor('users', ack.seq);
}
