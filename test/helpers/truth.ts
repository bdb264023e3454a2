// What a device should have received, read from where it is decided: the device feed (a
// user's entries, in cursor order) and the conversation history (the messages read model).
import type { Config } from '../../src/shared/config.js';
import { createDb } from '../../src/shared/db.js';
import { feedEntryHead, pb, type FeedEntryHead } from '../../src/shared/events.js';
import type { Api } from './api.js';

export type FeedEntry = FeedEntryHead & { kind: string };

/** Every entry of the user's feed, oldest first. */
export async function feedOf(config: Config, userId: string): Promise<FeedEntry[]> {
  const db = createDb(config, { max: 1 });
  try {
    const rows = await db.selectFrom('feed_entries').select('data').where('user_id', '=', userId).orderBy('cursor').execute();
    return rows.map((r) => ({ ...feedEntryHead(r.data), kind: pb.Deliver.decode(r.data).event?.body ?? '?' }));
  } finally {
    await db.destroy();
  }
}

/** A conversation's whole history, oldest first, as a member sees it. */
export async function historyOf(api: Api, conversationId: string, token: string): Promise<any[]> {
  const out: any[] = [];
  let after = 0;
  for (;;) {
    const page = await api.ok('GET', `/v1/conversations/${conversationId}/messages?limit=200&after=${after}`, undefined, token);
    out.push(...page.messages);
    if (!page.has_more) return out;
    after = page.messages.at(-1).seq;
  }
}

/** Reads until two reads a quiet interval apart agree (the projector has nothing left to write). */
export async function settled<T>(read: () => Promise<T[]>, quietMs = 400, timeoutMs = 15_000): Promise<T[]> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  for (;;) {
    await new Promise((r) => setTimeout(r, quietMs));
    const now = await read();
    if (now.length === last.length) return now;
    if (Date.now() > deadline) throw new Error('the log did not settle');
    last = now;
  }
}
