// Folds the CONV stream: conversations, their members and messages, and the device feed.
// The fold decides, from the ordered stream alone, which events count: a message from a
// non-member, or a repeat of a message id, is dropped here (and so by every replay).
import { sql, type Kysely } from 'kysely';
import type { Database, Db } from '../../shared/db.js';
import type { ConversationCreated, MessagePosted } from '../../shared/events.js';
import type { Names } from '../../shared/names.js';
import { created, evolve, isMembershipEvent, type MemberState } from '../../shared/conversation-rules.js';
import type { Projection, StoredEvent } from '../runner.js';
import { readCheckpoint } from '../checkpoints.js';
import type { FeedWriter } from './feed-writer.js';
import { StateCache } from './state-cache.js';
import type { MessagesTable } from './tables.js';

const NAME = 'conversations';
const CHUNK = 2000;

interface Fanout {
  seq: number;
  data: Uint8Array;
  recipients: readonly string[];
  messageId?: string;
  origin?: string;
}

/** What a batch changed in the membership of one conversation: the final state per user. */
type MemberChanges = Map<string, MemberState | undefined>;

export function conversationsProjection(names: Names, feed: FeedWriter, onMembershipChange?: (conversationIds: string[]) => void): Projection {
  const states = new StateCache();
  const subjectPrefix = `${names.prefix}.conv.`;
  let changed: string[] = [];

  return {
    name: NAME,
    stream: names.convStream,
    filter: names.convFilter,
    async init(db: Db) {
      states.clear();
      await feed.init(await readCheckpoint(db, NAME));
    },
    reset() {
      states.clear();
      feed.discard();
      changed = [];
    },
    afterCommit() {
      if (changed.length > 0) onMembershipChange?.(changed);
      changed = [];
    },
    async apply(tx: Kysely<Database>, batch: StoredEvent[]) {
      const convIds = new Set(batch.map((e) => e.subject.slice(subjectPrefix.length)));
      await states.load(tx, convIds);

      const conversations: Database['conversations'][] = [];
      const memberRows: Database['conversation_members'][] = [];
      const messages: MessagesTable[] = [];
      const fanouts: Fanout[] = [];
      const seen = new Set<string>();
      const memberChanges = new Map<string, MemberChanges>();
      const renames = new Map<string, string>();

      for (const ev of batch) {
        const convId = ev.subject.slice(subjectPrefix.length);
        const { event } = ev;
        if (event.body === 'messagePosted' && event.messagePosted) {
          const e = event.messagePosted as MessagePosted;
          const state = states.get(convId);
          if (!state || e.conversationId !== convId || !state.members.has(e.senderId) || seen.has(e.messageId)) continue;
          seen.add(e.messageId);
          messages.push({
            conversation_id: convId,
            seq: ev.seq,
            message_id: e.messageId,
            sender_id: e.senderId,
            sender_device_id: e.senderDeviceId,
            client_msg_id: e.clientMsgId,
            text: e.text,
            media_ids: e.mediaIds,
            sent_at_ms: e.sentAtMs,
          });
          fanouts.push({ seq: ev.seq, data: ev.data, recipients: state.ids, messageId: e.messageId, origin: e.senderDeviceId });
        } else if (event.body === 'conversationCreated' && event.conversationCreated) {
          const e = event.conversationCreated as ConversationCreated;
          if (states.get(convId)) continue;
          const state = created(e, convId, ev.seq);
          if (!state) continue;
          states.set(convId, state);
          conversations.push({
            conversation_id: convId,
            kind: state.kind,
            name: e.name,
            created_by: e.createdBy,
            created_at_ms: e.atMs,
            created_seq: ev.seq,
            member_limit: state.memberLimit,
            share_history: state.shareHistory,
          });
          for (const [userId, m] of state.members) {
            memberRows.push({ conversation_id: convId, user_id: userId, joined_seq: ev.seq, read_seq: ev.seq, role: m.role });
          }
          fanouts.push({ seq: ev.seq, data: ev.data, recipients: state.ids });
        } else if (isMembershipEvent(event)) {
          const state = states.get(convId);
          const outcome = state && evolve(state, event, ev.seq);
          if (!outcome) continue;
          let changes = memberChanges.get(convId);
          if (!changes) memberChanges.set(convId, (changes = new Map()));
          for (const c of outcome.changes) changes.set(c.userId, c.member);
          if (outcome.rename !== undefined) renames.set(convId, outcome.rename);
          fanouts.push({ seq: ev.seq, data: ev.data, recipients: outcome.recipients });
        }
      }

      for (const rows of chunks(conversations)) await tx.insertInto('conversations').values(rows).execute();
      for (const rows of chunks(memberRows)) await tx.insertInto('conversation_members').values(rows).execute();
      await writeMemberChanges(tx, memberChanges);
      for (const [convId, name] of renames) {
        await tx.updateTable('conversations').set({ name }).where('conversation_id', '=', convId).execute();
      }
      const accepted = new Set<string>();
      for (const r of await insertMessages(tx, messages)) accepted.add(r);

      // The feed entries go out before the transaction commits: if they fail, the batch is
      // rolled back and retried, and the writer skips what already reached the stream.
      for (const f of fanouts) {
        if (f.messageId !== undefined && !accepted.has(f.messageId)) continue;
        feed.append(f.seq, f.recipients, f.data, f.origin);
      }
      await feed.commit();
      changed = [...memberChanges.keys()];
    },
  };
}

/**
 * Writes the final membership of each changed user. A user who joins (again) starts with a
 * read watermark at the join, so nothing before it counts as unread; a role change keeps
 * the row's join and watermark.
 */
async function writeMemberChanges(tx: Kysely<Database>, all: Map<string, MemberChanges>): Promise<void> {
  for (const [convId, changes] of all) {
    const gone = [...changes].filter(([, m]) => m === undefined).map(([id]) => id);
    const rows = [...changes].flatMap(([userId, m]) =>
      m ? [{ conversation_id: convId, user_id: userId, joined_seq: m.joinedSeq, read_seq: m.joinedSeq, role: m.role }] : [],
    );
    if (gone.length > 0) {
      await tx.deleteFrom('conversation_members').where('conversation_id', '=', convId).where('user_id', 'in', gone).execute();
    }
    for (const chunk of chunks(rows)) {
      await tx
        .insertInto('conversation_members')
        .values(chunk)
        .onConflict((oc) =>
          oc.columns(['conversation_id', 'user_id']).doUpdateSet((eb) => ({
            role: eb.ref('excluded.role'),
            joined_seq: eb.ref('excluded.joined_seq'),
            read_seq: sql<number>`case when conversation_members.joined_seq = excluded.joined_seq
              then conversation_members.read_seq else excluded.read_seq end`,
          })),
        )
        .execute();
    }
  }
}

/**
 * One statement for the whole batch: nine array parameters unnested into rows, instead of
 * nine parameters per row. Returns the ids actually inserted (a repeat is skipped).
 */
async function insertMessages(tx: Kysely<Database>, rows: MessagesTable[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const col = <K extends keyof MessagesTable>(k: K) => rows.map((r) => r[k]);
  const result = await sql<{ message_id: string }>`
    insert into messages (conversation_id, seq, message_id, sender_id, sender_device_id, client_msg_id, text, media_ids, sent_at_ms)
    select c, s, i, snd, dev, cm, t,
      case when m = '[]'::jsonb then '{}'::text[] else array(select jsonb_array_elements_text(m)) end, at
    from unnest(${col('conversation_id')}::text[], ${col('seq')}::int8[], ${col('message_id')}::text[],
      ${col('sender_id')}::text[], ${col('sender_device_id')}::text[], ${col('client_msg_id')}::text[],
      ${col('text')}::text[], ${rows.map((r) => JSON.stringify(r.media_ids))}::jsonb[], ${col('sent_at_ms')}::int8[])
      as u(c, s, i, snd, dev, cm, t, m, at)
    on conflict (message_id) do nothing
    returning message_id`.execute(tx);
  return result.rows.map((r) => r.message_id);
}

function* chunks<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += CHUNK) yield rows.slice(i, i + CHUNK);
}
