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
}

export interface UsersTables {
  users: UsersTable;
  devices: DevicesTable;
}
