// Whether users hide their last seen, read from the users projection when a change is
// announced. Not cached: a change of the setting applies to the next announcement, and
// announcements are rare (connects and disconnects), batched per tick.
import { Batcher } from '../shared/batcher.js';
import type { Db } from '../shared/db.js';

export class HiddenLastSeen {
  private readonly loader: Batcher<string, boolean>;

  constructor(db: Db) {
    this.loader = new Batcher(async (ids) => {
      const rows = await db.selectFrom('users').select(['user_id', 'hide_last_seen']).where('user_id', 'in', ids).execute();
      return new Map(rows.map((r) => [r.user_id, r.hide_last_seen]));
    });
  }

  async isHidden(userId: string): Promise<boolean> {
    return (await this.loader.get(userId)) === true;
  }
}
