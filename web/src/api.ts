// The REST API under /v1 (same origin as the page): JSON in and out, bearer token, errors as
// { error: { code, message } } turned into ApiError.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface Session {
  token: string;
  user_id: string;
  device_id: string;
}

export interface User {
  user_id: string;
  username: string;
  display_name: string;
  deleted?: boolean;
}

export interface MessageJson {
  message_id: string;
  conversation_id: string;
  seq: number;
  sender_id: string;
  client_msg_id: string;
  text: string;
  media_ids: string[];
  /** Added by the media feature: metadata of media_ids. */
  media?: unknown[];
  sent_at_ms: number;
}

export interface ConversationJson {
  conversation_id: string;
  type: 'direct' | 'group';
  name: string;
  member_ids: string[];
  created_at_ms: number;
  unread_count: number;
  read_seq: number;
  last_message: MessageJson | null;
}

export interface ReceiptsJson {
  status: 'sent' | 'delivered' | 'read';
  receipts: Array<{ user_id: string; delivered_at_ms: number | null; read_at_ms: number | null }>;
}

export class Api {
  token = '';

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const res = await fetch(path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (!res.ok) {
      const err = (json as { error?: { code?: string; message?: string } } | undefined)?.error;
      throw new ApiError(res.status, err?.code ?? 'http_error', err?.message ?? `${method} ${path}: HTTP ${res.status}`);
    }
    return json as T;
  }

  signUp(username: string, password: string, email: string, displayName: string): Promise<User> {
    return this.call('POST', '/v1/users', { username, password, email, display_name: displayName || undefined });
  }

  logIn(username: string, password: string): Promise<Session> {
    return this.call('POST', '/v1/sessions', { username, password, device_name: `Web (${navigator.platform || 'browser'})` });
  }

  logOut(s: Session): Promise<void> {
    return this.call('DELETE', `/v1/users/${s.user_id}/devices/${s.device_id}`);
  }

  user(id: string): Promise<User> {
    return this.call('GET', `/v1/users/${encodeURIComponent(id)}`);
  }

  userByName(username: string): Promise<User> {
    return this.call('GET', `/v1/users?username=${encodeURIComponent(username)}`);
  }

  async conversations(userId: string): Promise<ConversationJson[]> {
    return (await this.call<{ conversations: ConversationJson[] }>('GET', `/v1/users/${userId}/conversations`)).conversations;
  }

  direct(otherId: string): Promise<{ conversation_id: string }> {
    return this.call('POST', '/v1/conversations', { type: 'direct', participant_ids: [otherId] });
  }

  group(name: string, memberIds: string[]): Promise<{ conversation_id: string }> {
    return this.call('POST', '/v1/conversations', { type: 'group', name, participant_ids: memberIds });
  }

  messages(conversationId: string, before: number | undefined, limit: number): Promise<{ messages: MessageJson[]; has_more: boolean }> {
    const q = new URLSearchParams({ limit: String(limit) });
    if (before !== undefined) q.set('before', String(before));
    return this.call('GET', `/v1/conversations/${conversationId}/messages?${q}`);
  }

  receipts(messageId: string): Promise<ReceiptsJson> {
    return this.call('GET', `/v1/messages/${messageId}/read_receipts`);
  }
}
