// What a push says about a message (pure): in a direct conversation the sender is the title
// and the text the body; in a group the group is the title and the body says who wrote.
import { Kind } from '../shared/conversation-rules.js';

export interface MessageContext {
  kind: number;
  conversationName: string;
  /** Empty when the sender's account is gone. */
  senderName: string;
  text: string;
  mediaCount: number;
}

export function pushContent(m: MessageContext): { title: string; text: string } {
  const sender = m.senderName.trim() || 'Someone';
  let text = m.text;
  if (text.trim() === '' && m.mediaCount > 0) text = m.mediaCount === 1 ? 'sent an attachment' : `sent ${m.mediaCount} attachments`;
  if (m.kind === Kind.group) return { title: m.conversationName.trim() || 'Group', text: `${sender}: ${text}` };
  return { title: sender, text };
}
