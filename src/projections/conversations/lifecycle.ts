// The conversation projector's part for what happens to messages after they are sent:
// edits, deletions (for everyone, for oneself), reactions. One LifecycleBatch per projector
// batch: it loads what the batch's events refer to (the messages, the reactions), judges each
// event in log order with the pure rules (src/shared/message-rules.ts), and writes the
// outcome in a few statements after the batch's messages are inserted.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../shared/db.js';
import type { ConversationState } from '../../shared/conversation-rules.js';
import { isLarge } from '../../shared/conversation-rules.js';
import type { FeedEntryMeta, MessageEdited, MessagePosted, ReactionAdded } from '../../shared/events.js';
import { lifecycleBody, lifecycleRefusal, replyTarget, type MessageFacts } from '../../shared/message-rules.js';
import type { StoredEvent } from '../runner.js';
import { LifecycleKindCode, type MessageEventsTable } from './tables.js';

/** How an accepted lifecycle event goes out (the projector queues it with the others). */
export interface LifecycleFanout {
  recipients: readonly string[];
  meta: FeedEntryMeta;
  /** A large group's event for all members: announced once to its followers, no feed copies. */
  large: boolean;
}

interface MessageChange {
  conversationId: string;
  text?: string;
  editedAtMs?: number;
  edits: number;
  deleted?: { atMs: number; by: string };
}

const CHUNK = 2000;

const key = (messageId: string, userId: string, emoji: string) => `${messageId}\n${userId}\n${emoji}`;

export class LifecycleBatch {
  private readonly changes = new Map<string, MessageChange>();
  private readonly events: MessageEventsTable[] = [];
  /** Reactions the batch touched: their final state (present with seq/at, or absent). */
  private readonly reactionsTouched = new Map<string, { messageId: string; userId: string; emoji: string; conversationId: string; seq: number; atMs: number } | null>();
  private readonly hides: Array<{ user_id: string; message_id: string; conversation_id: string; seq: number }> = [];

  private constructor(
    private readonly facts: Map<string, MessageFacts>,
    /** Reactions present before the batch (keys), as loaded for the batch's reaction events. */
    private readonly reactions: Set<string>,
  ) {}

  /** Loads the messages the batch's lifecycle events and replies refer to, and their reactions. */
  static async load(tx: Kysely<Database>, batch: StoredEvent[]): Promise<LifecycleBatch> {
    const ids = new Set<string>();
    const reactionKeys: Array<[string, string, string]> = [];
    for (const { event } of batch) {
      if (event.body === 'messagePosted' && event.messagePosted?.replyToMessageId) ids.add(event.messagePosted.replyToMessageId);
      const body = lifecycleBody(event);
      if (!body) continue;
      ids.add(body.e.messageId);
      if (body.kind === 'reactionAdded' || body.kind === 'reactionRemoved') {
        const r = body.e as ReactionAdded;
        reactionKeys.push([r.messageId, r.userId, r.emoji]);
      }
    }
    const facts = new Map<string, MessageFacts>();
    if (ids.size > 0) {
      const rows = await tx
        .selectFrom('messages')
        .select(['message_id', 'conversation_id', 'seq', 'sender_id', 'deleted_at_ms', 'edit_until_ms', 'delete_until_ms'])
        .where('message_id', 'in', [...ids])
        .execute();
      for (const r of rows) {
        facts.set(r.message_id, {
          conversationId: r.conversation_id,
          seq: r.seq,
          senderId: r.sender_id,
          deleted: r.deleted_at_ms !== null,
          editUntilMs: r.edit_until_ms,
          deleteUntilMs: r.delete_until_ms,
        });
      }
    }
    const present = new Set<string>();
    if (reactionKeys.length > 0) {
      const rows = await sql<{ message_id: string; user_id: string; emoji: string }>`
        select r.message_id, r.user_id, r.emoji from reactions r
        join unnest(${reactionKeys.map((k) => k[0])}::text[], ${reactionKeys.map((k) => k[1])}::text[], ${reactionKeys.map((k) => k[2])}::text[])
          as u(m, usr, e) on r.message_id = u.m and r.user_id = u.usr and r.emoji = u.e`.execute(tx);
      for (const r of rows.rows) present.add(key(r.message_id, r.user_id, r.emoji));
    }
    return new LifecycleBatch(facts, present);
  }

  /**
   * A message the fold accepted earlier in this batch: later events may refer to it. A repeat
   * of a stored message keeps the stored facts.
   */
  posted(convId: string, seq: number, e: MessagePosted): void {
    if (this.facts.has(e.messageId)) return;
    this.facts.set(e.messageId, {
      conversationId: convId,
      seq,
      senderId: e.senderId,
      deleted: false,
      editUntilMs: Number(e.editUntilMs),
      deleteUntilMs: Number(e.deleteUntilMs),
    });
  }

  /** The reply reference a new message keeps (null: none, or one its sender could not see). */
  replyTo(state: ConversationState, convId: string, e: MessagePosted): string | null {
    const id = e.replyToMessageId;
    if (!id) return null;
    return replyTarget(state, e.senderId, this.facts.get(id), convId) ? id : null;
  }

  /** Judges one lifecycle event in log order; undefined: the fold drops it. */
  apply(state: ConversationState | undefined, convId: string, ev: StoredEvent): LifecycleFanout | undefined {
    const body = lifecycleBody(ev.event);
    if (!body) return undefined;
    const { kind, e } = body;
    const msg = this.facts.get(e.messageId);
    if (lifecycleRefusal(state, msg, ev.event, convId) !== undefined) return undefined;
    const st = state!;
    const m = msg!;
    let text = '';
    let emoji = '';
    const change = () => {
      let c = this.changes.get(e.messageId);
      if (!c) this.changes.set(e.messageId, (c = { conversationId: convId, edits: 0 }));
      return c;
    };
    switch (kind) {
      case 'messageEdited': {
        text = (e as MessageEdited).text;
        const c = change();
        c.text = text;
        c.editedAtMs = Number(e.atMs);
        c.edits++;
        break;
      }
      case 'messageDeleted':
        m.deleted = true;
        change().deleted = { atMs: Number(e.atMs), by: e.userId };
        break;
      case 'messageHidden':
        this.hides.push({ user_id: e.userId, message_id: e.messageId, conversation_id: convId, seq: ev.seq });
        break;
      case 'reactionAdded':
      case 'reactionRemoved': {
        emoji = (e as ReactionAdded).emoji;
        const k = key(e.messageId, e.userId, emoji);
        const now = this.reactionsTouched.has(k) ? this.reactionsTouched.get(k) !== null : this.reactions.has(k);
        const add = kind === 'reactionAdded';
        if (now === add) return undefined; // one reaction per user and emoji: nothing changes
        this.reactionsTouched.set(k, add ? { messageId: e.messageId, userId: e.userId, emoji, conversationId: convId, seq: ev.seq, atMs: Number(e.atMs) } : null);
        break;
      }
    }
    this.events.push({
      conversation_id: convId,
      seq: ev.seq,
      message_id: e.messageId,
      kind: LifecycleKindCode[kind],
      user_id: e.userId,
      device_id: e.deviceId,
      text,
      emoji,
      at_ms: Number(e.atMs),
    });
    const meta: FeedEntryMeta = { conversationId: convId, originDeviceId: e.deviceId };
    if (kind === 'messageEdited') meta.messageId = e.messageId;
    // Deleting for oneself concerns only one's own devices, in any conversation.
    if (kind === 'messageHidden') return { recipients: [e.userId], meta, large: false };
    return { recipients: st.ids, meta, large: isLarge(st) };
  }

  /**
   * Writes the batch's outcome; runs after the batch's messages are inserted. A handful of
   * statements whatever the batch holds (arrays unnested into rows), so replaying a log full
   * of reactions costs about what replaying its messages does.
   */
  async write(tx: Kysely<Database>): Promise<void> {
    const edited = [...this.changes].filter(([, c]) => !c.deleted && c.edits > 0);
    if (edited.length > 0) {
      await sql`
        update messages m set text = u.t, edited_at_ms = u.at, edit_count = m.edit_count + u.n
        from unnest(${edited.map(([id]) => id)}::text[], ${edited.map(([, c]) => c.text!)}::text[],
          ${edited.map(([, c]) => c.editedAtMs!)}::int8[], ${edited.map(([, c]) => c.edits)}::int4[]) as u(id, t, at, n)
        where m.message_id = u.id`.execute(tx);
    }
    const deleted = [...this.changes].filter(([, c]) => c.deleted);
    if (deleted.length > 0) {
      // The tombstone keeps id, seq, sender and the deletion; the content goes, and with it
      // the edits' texts and the reactions.
      await sql`
        update messages m set text = '', media_ids = '{}', deleted_at_ms = u.at, deleted_by = u.by,
          edit_count = m.edit_count + u.n, edited_at_ms = coalesce(u.ed, m.edited_at_ms)
        from unnest(${deleted.map(([id]) => id)}::text[], ${deleted.map(([, c]) => c.deleted!.atMs)}::int8[],
          ${deleted.map(([, c]) => c.deleted!.by)}::text[], ${deleted.map(([, c]) => c.edits)}::int4[],
          ${deleted.map(([, c]) => c.editedAtMs ?? null)}::int8[]) as u(id, at, by, n, ed)
        where m.message_id = u.id`.execute(tx);
    }
    for (let i = 0; i < this.events.length; i += CHUNK) {
      await tx.insertInto('message_events').values(this.events.slice(i, i + CHUNK)).onConflict((oc) => oc.doNothing()).execute();
    }
    const gone = deleted.map(([id]) => id);
    if (gone.length > 0) {
      await tx.updateTable('message_events').set({ text: '' }).where('message_id', 'in', gone).where('text', '<>', '').execute();
      await tx.deleteFrom('reactions').where('message_id', 'in', gone).execute();
    }
    const goneSet = new Set(gone);
    const removed: Array<[string, string, string]> = [];
    // A reaction present at the end of the batch was added by its last event here (taken back
    // and added again, perhaps): the row is that addition's, whatever was stored before.
    const added: Array<{ messageId: string; userId: string; emoji: string; conversationId: string; seq: number; atMs: number }> = [];
    for (const [k, r] of this.reactionsTouched) {
      const [messageId, userId, emoji] = k.split('\n') as [string, string, string];
      if (goneSet.has(messageId)) continue;
      if (r === null) removed.push([messageId, userId, emoji]);
      else added.push(r);
    }
    if (removed.length > 0) {
      await sql`
        delete from reactions r using unnest(${removed.map((x) => x[0])}::text[], ${removed.map((x) => x[1])}::text[], ${removed.map((x) => x[2])}::text[]) as u(m, usr, e)
        where r.message_id = u.m and r.user_id = u.usr and r.emoji = u.e`.execute(tx);
    }
    if (added.length > 0) {
      await sql`
        insert into reactions (message_id, user_id, emoji, conversation_id, seq, at_ms)
        select * from unnest(${added.map((r) => r.messageId)}::text[], ${added.map((r) => r.userId)}::text[], ${added.map((r) => r.emoji)}::text[],
          ${added.map((r) => r.conversationId)}::text[], ${added.map((r) => r.seq)}::int8[], ${added.map((r) => r.atMs)}::int8[])
        on conflict (message_id, user_id, emoji) do update set seq = excluded.seq, at_ms = excluded.at_ms`.execute(tx);
    }
    for (let i = 0; i < this.hides.length; i += CHUNK) {
      await tx.insertInto('message_hides').values(this.hides.slice(i, i + CHUNK)).onConflict((oc) => oc.doNothing()).execute();
    }
  }
}
