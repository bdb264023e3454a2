import type { ColumnType } from 'kysely';

export interface ConversationsTable {
  conversation_id: string;
  kind: number;
  name: string;
  created_by: string;
  created_at_ms: number;
  created_seq: number;
  /** Groups: the most members it may have (fixed at creation); 0 for direct conversations. */
  member_limit: number;
  /** Groups: whether members added later may read what came before they joined. */
  share_history: boolean;
  /** Groups: over this many members, no per-member feed copies of messages (0: no limit). */
  copy_limit: number;
  /** Where the group first had more members than its copy limit (0: never); it stays large. */
  large_since_seq: number;
}

export interface ConversationMembersTable {
  conversation_id: string;
  user_id: string;
  joined_seq: number;
  /** Read watermark: the user has read everything up to this conversation seq. */
  read_seq: number;
  /** Delivery watermark: a device of the user has stored everything up to this seq. */
  delivered_seq: number;
  /** MemberRole: 1 member, 2 admin. */
  role: number;
}

export interface MessagesTable {
  conversation_id: string;
  seq: number;
  message_id: string;
  sender_id: string;
  sender_device_id: string;
  client_msg_id: string;
  text: string;
  media_ids: string[];
  sent_at_ms: number;
  /** A reply: the message it answers (null if none, or the fold dropped the reference). */
  reply_to_message_id: string | null;
  /** The message's own edit and delete deadlines (from its MessagePosted; 0: none). */
  edit_until_ms: number;
  delete_until_ms: number;
  /** The latest edit (null: never edited) and how many there were; the edits are in the log. */
  edited_at_ms: number | null;
  edit_count: number;
  /** Deleted for everyone: text, media and reactions are gone; the row stays as a tombstone. */
  deleted_at_ms: number | null;
  deleted_by: string | null;
}

/** Kinds of message_events rows (lifecycle events the fold accepted). */
export const LifecycleKindCode = { messageEdited: 1, messageDeleted: 2, messageHidden: 3, reactionAdded: 4, reactionRemoved: 5 } as const;

/** Every accepted lifecycle event; an edit's text is cleared when its message is deleted. */
export interface MessageEventsTable {
  conversation_id: string;
  seq: number;
  message_id: string;
  kind: number;
  user_id: string;
  device_id: string;
  text: string;
  emoji: string;
  at_ms: number;
}

/** One user's reaction with one emoji (seq: the event that added it). */
export interface ReactionsTable {
  message_id: string;
  user_id: string;
  emoji: string;
  conversation_id: string;
  seq: number;
  at_ms: number;
}

/** Messages a user deleted for themself. */
export interface MessageHidesTable {
  user_id: string;
  message_id: string;
  conversation_id: string;
  seq: number;
}

/** Every forward move of a receipt watermark: when each message was delivered and read. */
export interface ReceiptMarksTable {
  conversation_id: string;
  user_id: string;
  /** 1 delivered, 2 read. */
  kind: number;
  up_to_seq: number;
  at_ms: number;
}

/** The device feed (feed-log.ts): one row per entry, by recipient and cursor. */
export interface FeedEntriesTable {
  user_id: string;
  cursor: number;
  /** The entry as devices get it: an encoded Deliver. */
  data: Buffer;
  /** The message whose content the entry carries (MessagePosted, MessageEdited), else null. */
  message_id: string | null;
}

/** The feed's one row of state (id 1). */
export interface FeedHighTable {
  id: number;
  /** The newest cursor given out: the feed holds every entry up to it. */
  high: number;
  /** high before the last batch: that batch's entries are those above it. */
  prev_high: number;
  /** The last batch's large-group announcements, each after the entry it followed. */
  announcements: ColumnType<Announcement[], string, string>;
  /** Entries below this are gone by retention (0: nothing pruned yet). */
  first_retained: number;
}

/** A core NATS message the last batch sent between its entries (feed-log.ts). */
export interface Announcement {
  /** The cursor of the entry it went out after (0: before the batch's first entry). */
  after: number;
  /** The large group (stored before live batches: its core NATS subject, `<prefix>.group.<id>`). */
  conversationId?: string;
  subject?: string;
  /** base64 */
  data: string;
}

/** The group an announcement is about, also in the form stored before live batches. */
export function announcedConversation(a: Announcement): string {
  return a.conversationId ?? a.subject!.slice(a.subject!.lastIndexOf('.') + 1);
}

/** When the feed's counter stood at a cursor: retention by age prunes by these. */
export interface FeedMarksTable {
  cursor: number;
  at: Date;
}

/** A former member's time in a conversation: after joined_seq, before removed_seq. */
export interface MemberWindowsTable {
  conversation_id: string;
  user_id: string;
  joined_seq: number;
  removed_seq: number;
}

export interface ConversationsTables {
  conversations: ConversationsTable;
  conversation_members: ConversationMembersTable;
  messages: MessagesTable;
  receipt_marks: ReceiptMarksTable;
  feed_entries: FeedEntriesTable;
  feed_high: FeedHighTable;
  feed_marks: FeedMarksTable;
  message_events: MessageEventsTable;
  reactions: ReactionsTable;
  message_hides: MessageHidesTable;
  member_windows: MemberWindowsTable;
}
