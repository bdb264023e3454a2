// The WebSocket side of the message lifecycle: EditMessage, DeleteMessage and React frames,
// each answered with Applied (or an Error with the frame's id) once the change is in the log
// and the read models. The change itself reaches every device of every member through their
// feeds (or a large group's followers), like a message.
import type { MessageActions, Applied } from '../commands/message-actions.js';
import type { parley } from '../gen/proto.js';
import type { Principal } from './tokens.js';

export type LifecycleFrame = 'editMessage' | 'deleteMessage' | 'react';

export function isLifecycleFrame(body: string | undefined): body is LifecycleFrame {
  return body === 'editMessage' || body === 'deleteMessage' || body === 'react';
}

/** Runs the frame's command; resolves to the Applied answer, rejects with its error. */
export function runLifecycleFrame(actions: MessageActions, p: Principal, frame: parley.v1.ClientFrame): Promise<parley.v1.IApplied> {
  const base = { userId: p.userId, deviceId: p.deviceId };
  let done: Promise<Applied>;
  if (frame.body === 'editMessage') {
    const f = frame.editMessage!;
    done = actions.edit({ ...base, messageId: f.messageId ?? '', text: f.text ?? '' });
  } else if (frame.body === 'deleteMessage') {
    const f = frame.deleteMessage!;
    done = actions.delete({ ...base, messageId: f.messageId ?? '', forEveryone: f.forEveryone === true });
  } else {
    const f = frame.react!;
    done = actions.react({ ...base, messageId: f.messageId ?? '', emoji: f.emoji ?? '', remove: f.remove === true });
  }
  return done.then((a) => ({ conversationId: a.conversationId, messageId: a.messageId, seq: a.seq }));
}
