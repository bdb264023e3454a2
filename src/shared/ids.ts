// Identifiers. Ids travel in NATS subjects, so they are restricted to [A-Za-z0-9_-].
import { hash, randomBytes } from 'node:crypto';
import { ParleyError } from './errors.js';

const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;

export function newId(): string {
  return randomBytes(12).toString('base64url');
}

export function isId(s: unknown): s is string {
  return typeof s === 'string' && ID_RE.test(s);
}

export function assertId(s: unknown, what: string): string {
  if (!isId(s)) throw new ParleyError('invalid_id', `${what} must match ${ID_RE.source}`);
  return s;
}

/** SHA-256 of the parts, each followed by a NUL, in base64url, cut to 22 characters (132 bits). */
function digest(...parts: string[]): string {
  let input = '';
  for (const p of parts) input += p + '\0';
  // One-shot: about half the cost of createHash().update()...digest() for inputs this short.
  return hash('sha256', input, 'base64url').slice(0, 22);
}

/** The same pair of users always gets the same direct conversation. */
export function directConversationId(a: string, b: string): string {
  const [x, y] = a < b ? [a, b] : [b, a];
  return `d${digest('direct', x, y)}`;
}

/** The same send (retried any number of times) always carries the same message id. */
export function messageIdFor(conversationId: string, senderId: string, clientMsgId: string): string {
  return `m${digest(conversationId, senderId, clientMsgId)}`;
}
