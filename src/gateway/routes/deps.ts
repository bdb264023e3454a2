import type { CommandContext } from '../../commands/context.js';
import type { MessageSender } from '../../commands/send-message.js';
import type { ReceiptRecorder } from '../../commands/receipts.js';
import type { Logger } from '../../shared/log.js';
import type { Authenticator } from '../authenticator.js';

export interface RouteDeps {
  ctx: CommandContext;
  auth: Authenticator;
  sender: MessageSender;
  receipts: ReceiptRecorder;
  log: Logger;
}
