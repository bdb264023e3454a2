// Every read model that a replay can rebuild, in one list: its name (also its checkpoint's
// name), the stream it folds, the tables it owns, and how to build its fold without side
// effects. A new projection plugs into `parley replay` and `parley verify` by adding one
// entry here.
import type { BulkWriter } from '../shared/db.js';
import type { Names } from '../shared/names.js';
import type { Projection } from './runner.js';
import { conversationsProjection } from './conversations/projection.js';
import { usersProjection } from './users/projection.js';
import { mediaProjection } from './media/projection.js';

export interface ReadModel {
  /** The projection's name: its checkpoint row and the argument of `parley replay`. */
  readonly name: string;
  /**
   * The tables it owns, all of them: a rebuild replaces exactly these. Listed in the order
   * its fold first touches them, so the swap's locks queue behind a live batch instead of
   * deadlocking with it.
   */
  readonly tables: readonly string[];
  /**
   * Tables the read-only fold only appends to with bulk.copy (never reads them, never
   * relies on their constraints): a rebuild creates them bare and adds their constraints
   * and indexes after the load. dedupe: SQL run only if a unique constraint then fails,
   * deleting exactly the rows the live fold would have refused (a repeat of a key).
   */
  readonly bulkLoaded?: Readonly<Record<string, { dedupe: string }>>;
  /**
   * The fold in read-model-only mode: writes its tables and nothing else (no feed, no
   * announcements). bulk: a rebuild's COPY for its bulk-loaded tables (while bulk.enabled;
   * the last events of a swap go in by plain inserts, with the constraints in place).
   */
  readOnly(names: Names, bulk?: BulkWriter): Projection;
}

export const readModels: readonly ReadModel[] = [
  {
    name: 'users',
    tables: ['users', 'devices', 'conversation_mutes'],
    readOnly: (names) => usersProjection(names),
  },
  {
    name: 'conversations',
    // Not feed_entries / feed_high: the device feed is a delivery log that devices hold
    // cursors into, not a read model; a read-model-only fold writes no feed.
    tables: ['conversations', 'conversation_members', 'messages', 'receipt_marks', 'message_events', 'reactions', 'message_hides', 'member_windows'],
    // The fold keeps the first of a repeated message id (insertMessages: on conflict do nothing).
    bulkLoaded: { messages: { dedupe: 'delete from messages a using messages b where a.message_id = b.message_id and a.seq > b.seq' } },
    readOnly: (names, bulk) => conversationsProjection(names, null, undefined, bulk),
  },
  {
    name: 'media',
    tables: ['media', 'media_attachments'],
    readOnly: (names) => mediaProjection(names),
  },
];

/** The read models named by `parley replay <name|all>`. */
export function selectReadModels(which: string): ReadModel[] {
  if (which === 'all') return [...readModels];
  const found = readModels.find((m) => m.name === which);
  if (!found) throw new Error(`unknown read model "${which}" (one of: ${readModels.map((m) => m.name).join(', ')}, all)`);
  return [found];
}
