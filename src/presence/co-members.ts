// Whose presence a user watches: everyone it shares a conversation with, except in
// conversations larger than maxMembers (there, presence would cost one frame per member for
// every connect and disconnect of every member). Reads the conversations projection's
// conversation_members table and the users table; writes nothing.
import type { Db } from '../shared/db.js';

export interface WatchedUser {
  userId: string;
  hideLastSeen: boolean;
}

export async function coMembers(db: Db, userId: string, maxMembers: number): Promise<WatchedUser[]> {
  const rows = await db
    .selectFrom('conversation_members as me')
    .innerJoin('conversation_members as other', (j) =>
      j.onRef('other.conversation_id', '=', 'me.conversation_id').onRef('other.user_id', '<>', 'me.user_id'),
    )
    .leftJoin('users as u', 'u.user_id', 'other.user_id')
    .select(['other.user_id as user_id', 'u.hide_last_seen as hide_last_seen'])
    .distinct()
    .where('me.user_id', '=', userId)
    .where((eb) =>
      eb(
        eb.selectFrom('conversation_members as c').select(eb.fn.countAll().as('n')).whereRef('c.conversation_id', '=', 'me.conversation_id'),
        '<=',
        maxMembers,
      ),
    )
    .execute();
  return rows.map((r) => ({ userId: r.user_id, hideLastSeen: r.hide_last_seen === true }));
}
