export interface UsersTable {
  user_id: string;
  username: string;
  display_name: string;
  email: string;
  password_hash: string;
  created_at_ms: number;
  updated_at_ms: number;
  deleted_at_ms: number | null;
  /** Others see last_seen_ms = 0 in this user's Presence. */
  hide_last_seen: boolean;
}

export interface DevicesTable {
  device_id: string;
  user_id: string;
  name: string;
  created_at_ms: number;
  /** 'webhook' | 'fcm' | 'apns', with push_token; both null when the device gets no pushes. */
  push_kind: string | null;
  push_token: string | null;
  push_set_at_ms: number | null;
}

/** A user's muted conversation: no pushes for it until until_ms (null: until unmuted). */
export interface ConversationMutesTable {
  user_id: string;
  conversation_id: string;
  until_ms: number | null;
  at_ms: number;
}

export interface UsersTables {
  users: UsersTable;
  devices: DevicesTable;
  conversation_mutes: ConversationMutesTable;
}
