// What a device catching up from its feed is no longer sent. A feed entry is a copy of an
// event made when the event happened; once its message is deleted (for everyone, or by this
// user for themself), the copy still holds the content. The FEED stream keeps it until it
// ages out (like the CONV log, which keeps everything), but no device is sent it again: the
// replay passes over the entries of withheld messages (the device's position still moves past
// them). Pages from the feed's Postgres copy come back screened by their own query
// (readFeedCopy); the entries read from the stream itself (the uncommitted tail) are screened
// here, asking the read model once per chunk. The device gets
// the MessageDeleted / MessageHidden entry that follows, about a message it never had.
//
// Live entries are not screened: they are sent as the events happen, and a deletion that
// comes later follows them in the same feed.
import type { Db } from '../shared/db.js';
import { feedEntryHead } from '../shared/events.js';
import type { FeedEntryRef } from './feed-reader.js';
import { withheldAmong } from '../projections/conversations/lifecycle-queries.js';

/** Returns the feed positions (stream seqs) among entries that must not be sent to userId's devices. */
export type ContentScreen = (userId: string, entries: ReadonlyArray<FeedEntryRef>) => Promise<Set<number>>;

export function contentScreen(db: Db): ContentScreen {
  return async (userId, entries) => {
    const byMessage = new Map<string, number[]>();
    for (const m of entries) {
      const id = feedEntryHead(m.data).messageId;
      if (id === '') continue;
      const seqs = byMessage.get(id);
      if (seqs) seqs.push(m.seq);
      else byMessage.set(id, [m.seq]);
    }
    const withheld = new Set<number>();
    if (byMessage.size === 0) return withheld;
    for (const id of await withheldAmong(db, userId, [...byMessage.keys()])) {
      for (const seq of byMessage.get(id)!) withheld.add(seq);
    }
    return withheld;
  };
}
