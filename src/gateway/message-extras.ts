// History's view of messages: each with its media (the current state of each media id,
// thumbnails included), its reactions and, for a reply, the message it quotes, as the reader
// may see it now (a deleted original shows as deleted, with no text; one
// from before the reader's join in a group that hides its history, or hidden by the reader,
// shows as null).
import type { Db } from '../shared/db.js';
import type { MessageRow } from '../projections/conversations/queries.js';
import { quotesOf, reactionsOf } from '../projections/conversations/lifecycle-queries.js';
import { getMediaMany } from '../projections/media/queries.js';
import { mediaView } from './media-views.js';
import { messageView } from './views.js';

export async function messageViews(db: Db, rows: MessageRow[], viewerId: string, hiddenUpTo: number): Promise<Array<Record<string, unknown>>> {
  const [reactions, quotes, hidden, media] = await Promise.all([
    reactionsOf(db, rows.map((m) => m.message_id)),
    quotesOf(db, rows),
    hiddenQuotes(db, viewerId, rows),
    getMediaMany(
      db,
      rows.flatMap((m) => m.media_ids),
    ),
  ]);
  return rows.map((m) => {
    const quote = m.reply_to_message_id ? quotes.get(m.reply_to_message_id) : undefined;
    const visible = quote && Number(quote.seq) > hiddenUpTo && !hidden.has(quote.message_id) ? quote : undefined;
    return {
      ...messageView(m, { quote: visible, reactions: reactions.get(m.message_id) }),
      media: m.media_ids.flatMap((id) => {
        const row = media.get(id);
        return row ? [mediaView(row)] : [];
      }),
    };
  });
}

async function hiddenQuotes(db: Db, viewerId: string, rows: MessageRow[]): Promise<Set<string>> {
  const ids = rows.map((m) => m.reply_to_message_id).filter((id): id is string => id !== null);
  if (ids.length === 0) return new Set();
  const found = await db.selectFrom('message_hides').select('message_id').where('user_id', '=', viewerId).where('message_id', 'in', ids).execute();
  return new Set(found.map((r) => r.message_id));
}
