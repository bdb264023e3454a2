// What a device should have received, read from where it is decided: the FEED stream (a
// user's entries, in cursor order) and the conversation history (the messages read model).
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { Config } from '../../src/shared/config.js';
import { feedEntryHead, pb, type FeedEntryHead } from '../../src/shared/events.js';
import { namesFor } from '../../src/shared/names.js';
import { connectNats } from '../../src/shared/nats.js';
import type { Api } from './api.js';

export type FeedEntry = FeedEntryHead & { kind: string };

/** Every entry of the user's feed, oldest first. */
export async function feedOf(config: Config, userId: string): Promise<FeedEntry[]> {
  const names = namesFor(config.PARLEY_PREFIX);
  const subject = names.feedSubject(userId);
  const nc = await connectNats(config, 'parley-test-truth');
  try {
    const jsm = await jetstreamManager(nc);
    const info = await jsm.streams.info(names.feedStream, { subjects_filter: subject });
    const total = info.state.subjects?.[subject] ?? 0;
    const out: FeedEntry[] = [];
    if (total === 0) return out;
    const consumer = await jetstream(nc).consumers.get(names.feedStream, { filter_subjects: subject });
    while (out.length < total) {
      const batch = await consumer.fetch({ max_messages: 1000, expires: 2000 });
      for await (const m of batch) {
        out.push({ ...feedEntryHead(m.data), kind: pb.Deliver.decode(m.data).event?.body ?? '?' });
        if (out.length >= total) break;
      }
    }
    return out;
  } finally {
    await nc.close();
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
