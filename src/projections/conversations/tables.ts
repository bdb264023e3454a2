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

/** The Postgres copy of the device feed (feed-copy.ts). */
export interface FeedEntriesTable {
  user_id: string;
  cursor: number;
  /** The FEED entry as stored: an encoded Deliver. */
  data: Buffer;
}

export interface FeedCopyHighTable {
  id: number;
  high: number;
}

export interface ConversationsTables {
  conversations: ConversationsTable;
  conversation_members: ConversationMembersTable;
  messages: MessagesTable;
  receipt_marks: ReceiptMarksTable;
  feed_entries: FeedEntriesTable;
  feed_copy_high: FeedCopyHighTable;
}
