// A read that must see everything the log holds now. A client acts on a message as soon as it
// has its Sent (the message is in the log), which can be before the conversations read model
// has it. So a lookup that finds nothing waits until the projection has reached the log's
// current end and looks once more: only a miss pays for it.
import type { CommandContext } from './context.js';

export async function readSettled<T>(ctx: CommandContext, read: () => Promise<T | undefined>): Promise<T | undefined> {
  const first = await read();
  if (first !== undefined) return first;
  const info = await ctx.jsm.streams.info(ctx.names.convStream);
  await ctx.progress.waitFor('conversations', info.state.last_seq);
  return read();
}
