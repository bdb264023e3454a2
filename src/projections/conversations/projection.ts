// Folds the CONV stream: conversations, their members and messages, and the device feed.
// The fold decides, from the ordered stream alone, which events count: a message from a
// non-member, or a repeat of a message id, is dropped here (and so by every replay).
import { sql, type Kysely } from 'kysely';
import { arrayLiteral, copyIn, copyText, copyTextArray, prepared, type BulkWriter, type Database, type Db } from '../../shared/db.js';
import type { ConversationCreated, FeedEntryMeta, MemberRemoved, MessagePosted, MessagesDelivered, MessagesRead } from '../../shared/events.js';
import type { Names } from '../../shared/names.js';
import { created, evolve, isLarge, isMembershipEvent, receipt, type MemberState } from '../../shared/conversation-rules.js';
import { encodeFeedEntry } from '../../shared/events.js';
import { ApplyAgain, type Projection, type StoredEvent } from '../runner.js';
import type { FeedWriter } from './feed-writer.js';
import { StateCache } from './state-cache.js';
import { LifecycleBatch } from './lifecycle.js';
import { isLifecycleEvent } from '../../shared/message-rules.js';
import { LifecycleKindCode, type MemberWindowsTable, type MessagesTable, type ReceiptMarksTable } from './tables.js';
import { pgText } from '../../shared/pg-text.js';

const NAME = 'conversations';
const CHUNK = 2000;
const UNIQUE_VIOLATION = '23505';
/** How long after a repeated message id messages go in through the insert that skips repeats. */
const SAFE_INSERT_MS = 60_000;

interface Fanout {
  seq: number;
  data: Uint8Array;
  recipients: readonly string[];
  meta: FeedEntryMeta;
  messageId?: string;
  /** A receipt: its recipients (and the reader's unread count) are found once the batch's messages are in. */
  receipt?: PendingReceipt;
  unread?: { userId: string; count: number };
  /** A message of a large group: no feed copies; announced once to its followers. */
  large?: boolean;
}

interface PendingReceipt {
  userId: string;
  read: boolean;
  /** Messages in (from, to] are what the receipt newly covers; their senders are told. */
  from: number;
  to: number;
}

const DELIVERED = 1;
const READ = 2;

/** What a batch changed in the membership of one conversation: the final state per user. */
type MemberChanges = Map<string, MemberState | undefined>;

/**
 * feed: the device feed writer, or null for a read-model-only fold (replay and verify): no
 * feed entries, no large-group announcements, no membership notices, and no work spent on
 * finding receipts' recipients. The tables come out the same either way. bulk (rebuilds):
 * messages go in by COPY; a repeated message id then fails the batch, which the rebuild
 * redoes with bulk.enabled off, through the insert that skips repeats. The live fold (with a
 * feed) writes its messages by COPY too (copyLive).
 */
export function conversationsProjection(
  names: Names,
  feed: FeedWriter | null,
  onMembershipChange?: (conversationIds: string[]) => void,
  bulk?: BulkWriter,
): Projection {
  const states = new StateCache();
  const subjectPrefix = `${names.prefix}.conv.`;
  let changed: string[] = [];
  /** Until then messages go in through the insert that skips repeats, not by COPY. */
  let insertSafelyUntil = 0;

  /**
   * The live fold's messages by COPY. A message id already stored (a repeat published past
   * JetStream's duplicate window, which the gateway lets through unless the send is marked as
   * a retry) fails the COPY and with it the batch: the batch is applied again from the
   * checkpoint, and for a while every batch goes through the insert that skips repeats, so a
   * client repeating itself costs one failed batch a minute at most.
   */
  async function copyLive(tx: Kysely<Database>, rows: MessagesTable[]): Promise<void> {
    try {
      await copyMessages((t, c, r) => copyIn(tx, t, c, r), rows);
    } catch (err) {
      if ((err as { code?: string }).code !== UNIQUE_VIOLATION) throw err;
      insertSafelyUntil = Date.now() + SAFE_INSERT_MS;
      throw new ApplyAgain('a message id of the batch is stored already (a repeat past the duplicate window); applying the batch again, skipping repeats');
    }
  }

  return {
    name: NAME,
    stream: names.convStream,
    filter: names.convFilter,
    async init(db: Db) {
      states.clear();
      await feed?.init();
    },
    reset() {
      states.clear();
      feed?.discard();
      changed = [];
    },
    afterCommit() {
      feed?.publishCommitted();
      if (changed.length > 0) onMembershipChange?.(changed);
      changed = [];
    },
    async apply(tx: Kysely<Database>, batch: StoredEvent[]) {
      const convIds = new Set(batch.map((e) => e.subject.slice(subjectPrefix.length)));
      await states.load(tx, convIds);
      const lifecycle = await LifecycleBatch.load(tx, batch);

      const conversations: Database['conversations'][] = [];
      const memberRows: Database['conversation_members'][] = [];
      const messages: MessagesTable[] = [];
      const fanouts: Fanout[] = [];
      const seen = new Set<string>();
      const memberChanges = new Map<string, MemberChanges>();
      const renames = new Map<string, string>();
      const marks: ReceiptMarksTable[] = [];
      const windows: MemberWindowsTable[] = [];
      const watermarks = new Map<string, Set<string>>();

      for (const ev of batch) {
        const convId = ev.subject.slice(subjectPrefix.length);
        const { event } = ev;
        if (event.body === 'messagePosted' && event.messagePosted) {
          const e = event.messagePosted as MessagePosted;
          const state = states.get(convId);
          if (!state || e.conversationId !== convId || !state.members.has(e.senderId) || seen.has(e.messageId)) continue;
          seen.add(e.messageId);
          const replyTo = lifecycle.replyTo(state, convId, e);
          lifecycle.posted(convId, ev.seq, e);
          messages.push({
            conversation_id: convId,
            seq: ev.seq,
            message_id: e.messageId,
            sender_id: e.senderId,
            sender_device_id: e.senderDeviceId,
            client_msg_id: pgText(e.clientMsgId),
            text: pgText(e.text),
            media_ids: e.mediaIds,
            sent_at_ms: e.sentAtMs,
            reply_to_message_id: replyTo,
            edit_until_ms: Number(e.editUntilMs),
            delete_until_ms: Number(e.deleteUntilMs),
            edited_at_ms: null,
            edit_count: 0,
            deleted_at_ms: null,
            deleted_by: null,
          });
          if (feed) fanouts.push({
            seq: ev.seq,
            data: ev.data,
            recipients: state.ids,
            messageId: e.messageId,
            meta: { conversationId: convId, originDeviceId: e.senderDeviceId, senderId: e.senderId, messageId: e.messageId },
            large: isLarge(state),
          });
        } else if (event.body === 'conversationCreated' && event.conversationCreated) {
          const e = event.conversationCreated as ConversationCreated;
          if (states.get(convId)) continue;
          const state = created(e, convId, ev.seq);
          if (!state) continue;
          states.set(convId, state);
          conversations.push({
            conversation_id: convId,
            kind: state.kind,
            name: pgText(e.name),
            created_by: e.createdBy,
            created_at_ms: e.atMs,
            created_seq: ev.seq,
            member_limit: state.memberLimit,
            share_history: state.shareHistory,
            copy_limit: state.copyLimit,
            large_since_seq: state.largeSince,
          });
          for (const [userId, m] of state.members) {
            memberRows.push({ conversation_id: convId, user_id: userId, joined_seq: ev.seq, read_seq: ev.seq, delivered_seq: ev.seq, role: m.role });
          }
          if (feed) fanouts.push({ seq: ev.seq, data: ev.data, recipients: state.ids, meta: { conversationId: convId, largeGroup: isLarge(state) } });
        } else if ((event.body === 'messagesRead' && event.messagesRead) || (event.body === 'messagesDelivered' && event.messagesDelivered)) {
          const read = event.body === 'messagesRead';
          const e = (read ? event.messagesRead : event.messagesDelivered) as MessagesRead | MessagesDelivered;
          const state = states.get(convId);
          const advance = state && e.conversationId === convId && receipt(state, e.userId, read ? 'read' : 'delivered', e.upToSeq, ev.seq);
          if (!advance) continue;
          let users = watermarks.get(convId);
          if (!users) watermarks.set(convId, (users = new Set()));
          users.add(e.userId);
          const mark = { conversation_id: convId, user_id: e.userId, at_ms: e.atMs };
          if (advance.delivered) marks.push({ ...mark, kind: DELIVERED, up_to_seq: advance.delivered.to });
          if (advance.read) marks.push({ ...mark, kind: READ, up_to_seq: advance.read.to });
          const ranges = [advance.delivered, advance.read].filter((r) => r !== undefined);
          if (feed) fanouts.push({
            seq: ev.seq,
            data: ev.data,
            recipients: [],
            meta: { conversationId: convId, originDeviceId: e.deviceId },
            receipt: {
              userId: e.userId,
              read,
              from: Math.min(...ranges.map((r) => r.from)),
              to: Math.max(...ranges.map((r) => r.to)),
            },
          });
        } else if (isLifecycleEvent(event)) {
          const out = lifecycle.apply(states.get(convId), convId, ev);
          if (out) fanouts.push({ seq: ev.seq, data: ev.data, recipients: out.recipients, meta: out.meta, large: out.large });
        } else if (isMembershipEvent(event)) {
          const state = states.get(convId);
          const leaving = event.body === 'memberRemoved' ? (event.memberRemoved as MemberRemoved).userId : undefined;
          const joinedSeq = leaving !== undefined ? state?.members.get(leaving)?.joinedSeq : undefined;
          const outcome = state && evolve(state, event, ev.seq);
          if (!outcome) continue;
          if (leaving !== undefined && joinedSeq !== undefined) {
            windows.push({ conversation_id: convId, user_id: leaving, joined_seq: joinedSeq, removed_seq: ev.seq });
          }
          let changes = memberChanges.get(convId);
          if (!changes) memberChanges.set(convId, (changes = new Map()));
          for (const c of outcome.changes) changes.set(c.userId, c.member);
          if (outcome.rename !== undefined) renames.set(convId, outcome.rename);
          if (feed) fanouts.push({ seq: ev.seq, data: ev.data, recipients: outcome.recipients, meta: { conversationId: convId, largeGroup: isLarge(state) } });
        }
      }

      for (const rows of chunks(conversations)) await tx.insertInto('conversations').values(rows).execute();
      for (const rows of chunks(memberRows)) await tx.insertInto('conversation_members').values(rows).execute();
      await writeMemberChanges(tx, memberChanges);
      if (windows.length > 0) await tx.insertInto('member_windows').values(windows).onConflict((oc) => oc.doNothing()).execute();
      for (const convId of memberChanges.keys()) {
        const { largeSince } = states.get(convId)!;
        if (largeSince > 0) {
          await tx.updateTable('conversations').set({ large_since_seq: largeSince }).where('conversation_id', '=', convId).where('large_since_seq', '=', 0).execute();
        }
      }
      for (const [convId, name] of renames) {
        await tx.updateTable('conversations').set({ name: pgText(name) }).where('conversation_id', '=', convId).execute();
      }
      const accepted = new Set<string>();
      if (!feed && bulk?.enabled) await copyMessages((t, c, r) => bulk.copy(t, c, r), messages);
      else if (feed && Date.now() >= insertSafelyUntil) {
        await copyLive(tx, messages);
        for (const m of messages) accepted.add(m.message_id);
      } else for (const r of await insertMessages(tx, messages)) accepted.add(r);
      await lifecycle.write(tx);
      await recordReceipts(tx, watermarks, states, marks, feed ? fanouts : undefined);
      if (!feed) return;

      // The feed entries are stored in this transaction and go out live once it commits.
      for (const f of fanouts) {
        if (f.messageId !== undefined && !accepted.has(f.messageId)) continue;
        if (f.large) feed.announce(f.meta.conversationId, encodeFeedEntry(0, f.seq, f.data, f.meta));
        else if (f.recipients.length > 0) feed.append(f.seq, f.recipients, f.data, f.meta, f.unread);
      }
      await feed.commit(tx);
      // Created conversations too: their members start watching each other's presence (presence-hub.ts).
      changed = [...conversations.map((c) => c.conversation_id), ...memberChanges.keys()];
    },
  };
}

/**
 * Writes the final membership of each changed user, from the fold's state: a user who joins
 * (again) starts with watermarks at the join, so nothing before it counts as unread; a role
 * change keeps the row's join and watermarks.
 */
async function writeMemberChanges(tx: Kysely<Database>, all: Map<string, MemberChanges>): Promise<void> {
  for (const [convId, changes] of all) {
    const gone = [...changes].filter(([, m]) => m === undefined).map(([id]) => id);
    const rows = [...changes].flatMap(([userId, m]) =>
      m ? [{ conversation_id: convId, user_id: userId, joined_seq: m.joinedSeq, read_seq: m.readSeq, delivered_seq: m.deliveredSeq, role: m.role }] : [],
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
            read_seq: eb.ref('excluded.read_seq'),
            delivered_seq: eb.ref('excluded.delivered_seq'),
          })),
        )
        .execute();
    }
  }
}

/**
 * Records a batch's receipts in one statement: the final watermarks of the members they
 * moved, the moves themselves, and (when the feed is written: fanouts) whom to tell of each.
 * Those are the senders of the messages it newly covers and, for a read, the reader's own
 * user (their other devices) with their unread count after it (less the messages deleted, for
 * everyone or by the reader, before the receipt in the log). The lookup runs after the
 * batch's messages are inserted (an earlier statement), bounded by each receipt's own
 * position, so the answer is what the log said at that point; it reads neither the
 * watermarks nor the marks the same statement writes. (Three statements before: a batch
 * with receipts took three more round trips, which delayed the messages in it.)
 */
async function recordReceipts(
  tx: Kysely<Database>,
  touched: Map<string, Set<string>>,
  states: StateCache,
  marks: ReceiptMarksTable[],
  fanouts: Fanout[] | undefined,
): Promise<void> {
  if (marks.length === 0) return;
  const rows: Array<{ c: string; u: string; d: number; r: number }> = [];
  for (const [convId, users] of touched) {
    const state = states.get(convId);
    for (const userId of users) {
      const m = state?.members.get(userId);
      if (m) rows.push({ c: convId, u: userId, d: m.deliveredSeq, r: m.readSeq });
    }
  }
  const pending = (fanouts ?? []).filter((f) => f.receipt !== undefined);
  const col = <T>(get: (f: Fanout, r: PendingReceipt) => T) => pending.map((f) => get(f, f.receipt!));
  const result = await prepared<{ i: number; senders: string[]; unread: number | null }>`
    with watermarks as (
      update conversation_members m set delivered_seq = w.d, read_seq = w.r
      from unnest(${arrayLiteral(rows.map((x) => x.c))}::text[], ${arrayLiteral(rows.map((x) => x.u))}::text[],
        ${arrayLiteral(rows.map((x) => x.d))}::int8[], ${arrayLiteral(rows.map((x) => x.r))}::int8[])
        as w(c, uid, d, r)
      where m.conversation_id = w.c and m.user_id = w.uid
    ), moves as (
      insert into receipt_marks (conversation_id, user_id, kind, up_to_seq, at_ms)
      select * from unnest(${arrayLiteral(marks.map((x) => x.conversation_id))}::text[], ${arrayLiteral(marks.map((x) => x.user_id))}::text[],
        ${arrayLiteral(marks.map((x) => x.kind))}::int2[], ${arrayLiteral(marks.map((x) => x.up_to_seq))}::int8[], ${arrayLiteral(marks.map((x) => x.at_ms))}::int8[])
      on conflict do nothing
    )
    select u.i,
      (select coalesce(array_agg(s.sender_id), '{}')
        from (select distinct m.sender_id from messages m
          where m.conversation_id = u.c and m.seq > u.f and m.seq <= u.t and m.sender_id <> u.uid) s
        -- a sender no longer in the conversation is told nothing more of it (asked once per
        -- sender, not per message: a receipt in a busy group covers hundreds of messages)
        where exists (select 1 from conversation_members cm where cm.conversation_id = u.c and cm.user_id = s.sender_id)) as senders,
      case when u.r then (select count(*)::int from messages m
        where m.conversation_id = u.c and m.seq > u.t and m.seq < u.s and m.sender_id <> u.uid
          -- deleted for everyone, or by the reader for themself, before the receipt: not unread
          and not exists (select 1 from message_events d where d.message_id = m.message_id and d.kind = ${LifecycleKindCode.messageDeleted} and d.seq < u.s)
          and not exists (select 1 from message_hides h where h.user_id = u.uid and h.message_id = m.message_id and h.seq < u.s)) end as unread
    from unnest(${arrayLiteral(pending.map((_, i) => i))}::int4[], ${arrayLiteral(col((f) => f.meta.conversationId))}::text[],
      ${arrayLiteral(col((_, r) => r.userId))}::text[], ${arrayLiteral(col((_, r) => r.from))}::int8[], ${arrayLiteral(col((_, r) => r.to))}::int8[],
      ${arrayLiteral(col((f) => f.seq))}::int8[], ${arrayLiteral(col((_, r) => r.read))}::bool[])
      as u(i, c, uid, f, t, s, r)`.execute(tx);
  for (const row of result.rows) {
    const f = pending[row.i]!;
    const r = f.receipt!;
    // Sorted here, not by Postgres' collation: the feed writer relies on JavaScript's order.
    f.recipients = r.read ? [...new Set([r.userId, ...row.senders])].sort() : [...row.senders].sort();
    if (row.unread !== null) f.unread = { userId: r.userId, count: row.unread };
  }
}

/**
 * One statement for the whole batch: twelve array parameters unnested into rows, instead of
 * twelve parameters per row. Returns the ids actually inserted (a repeat is skipped).
 */
async function insertMessages(tx: Kysely<Database>, rows: MessagesTable[]): Promise<string[]> {
  if (rows.length === 0) return [];
  // One JSON parameter instead of twelve arrays, whose every element node-pg writes through
  // its array-literal escaping: the projector thread's CPU was 6-7 % lower with it at 5,000
  // msgs/s. The free-text fields already went through pgText when the row was made (Postgres
  // refuses a JSON string with a NUL or a lone surrogate); decoded events hold no lone
  // surrogates at all (protobufjs decodes strictly), and a NUL in an id fails here as it
  // failed in an array, and in the rebuild's COPY.
  const batch = JSON.stringify(
    rows.map((r) => ({
      c: r.conversation_id,
      s: r.seq,
      i: r.message_id,
      snd: r.sender_id,
      dev: r.sender_device_id,
      cm: r.client_msg_id,
      t: r.text,
      m: r.media_ids,
      at: r.sent_at_ms,
      rt: r.reply_to_message_id,
      eu: r.edit_until_ms,
      du: r.delete_until_ms,
    })),
  );
  const result = await prepared<{ message_id: string }>`
    insert into messages (conversation_id, seq, message_id, sender_id, sender_device_id, client_msg_id, text, media_ids, sent_at_ms,
      reply_to_message_id, edit_until_ms, delete_until_ms)
    select c, s, i, snd, dev, cm, t, array(select json_array_elements_text(m)), at, rt, eu, du
    from json_to_recordset(${batch}::json)
      as u(c text, s int8, i text, snd text, dev text, cm text, t text, m json, at int8, rt text, eu int8, du int8)
    on conflict (message_id) do nothing
    returning message_id`.execute(tx);
  return result.rows.map((r) => r.message_id);
}

const MESSAGE_COLUMNS = [
  'conversation_id',
  'seq',
  'message_id',
  'sender_id',
  'sender_device_id',
  'client_msg_id',
  'text',
  'media_ids',
  'sent_at_ms',
  'reply_to_message_id',
  'edit_until_ms',
  'delete_until_ms',
] as const;

/** The batch's messages by COPY; a message id already in the table fails it (23505). */
async function copyMessages(copy: BulkWriter['copy'], rows: MessagesTable[]): Promise<void> {
  if (rows.length === 0) return;
  let text = '';
  for (const r of rows) {
    text += `${copyText(r.conversation_id)}\t${r.seq}\t${copyText(r.message_id)}\t${copyText(r.sender_id)}\t${copyText(r.sender_device_id)}\t`;
    text += `${copyText(r.client_msg_id)}\t${copyText(r.text)}\t${copyTextArray(r.media_ids)}\t${r.sent_at_ms}\t`;
    text += `${r.reply_to_message_id === null ? '\\N' : copyText(r.reply_to_message_id)}\t${r.edit_until_ms}\t${r.delete_until_ms}\n`;
  }
  await copy('messages', MESSAGE_COLUMNS, text);
}

function* chunks<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += CHUNK) yield rows.slice(i, i + CHUNK);
}
