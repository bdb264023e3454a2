// A small REST client for tests.
import { randomBytes } from 'node:crypto';

export interface Session {
  token: string;
  user_id: string;
  device_id: string;
}

export class Api {
  constructor(readonly base: string) {}

  async call(method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; body: any }> {
    const res = await fetch(this.base + path, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  }

  async ok(method: string, path: string, body?: unknown, token?: string): Promise<any> {
    const r = await this.call(method, path, body, token);
    if (r.status >= 300) throw new Error(`${method} ${path} → ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  }

  /** Signs up a user with a random name and logs in one device. */
  async newUser(prefix = 'u'): Promise<Session & { username: string; password: string }> {
    const username = `${prefix}_${randomBytes(4).toString('hex')}`;
    const password = 'correct horse battery';
    await this.ok('POST', '/v1/users', { username, password, email: `${username}@example.com`, display_name: username });
    const s = await this.login(username, password);
    return { ...s, username, password };
  }

  login(username: string, password: string): Promise<Session> {
    return this.ok('POST', '/v1/sessions', { username, password });
  }

  async direct(a: Session, b: Session): Promise<string> {
    const conv = await this.ok('POST', '/v1/conversations', { type: 'direct', participant_ids: [b.user_id] }, a.token);
    return conv.conversation_id as string;
  }
}
