import type { CommandContext } from '../../commands/context.js';
import type { MembershipCache } from '../../commands/membership.js';
import type { MessageSender } from '../../commands/send-message.js';
import type { MessageActions } from '../../commands/message-actions.js';
import type { ReceiptRecorder } from '../../commands/receipts.js';
import type { MediaService } from '../../commands/media.js';
import type { MediaUrlSigner } from '../../media/url-signer.js';
import type { PresenceStore } from '../../presence/presence-store.js';
import type { Logger } from '../../shared/log.js';
import type { Authenticator } from '../authenticator.js';
import type { LoginLimits } from '../login-limits.js';
import type { RateLimits } from '../rate-limits.js';

export interface RouteDeps {
  ctx: CommandContext;
  auth: Authenticator;
  sender: MessageSender;
  /** Edit, delete and react (message lifecycle). */
  actions: MessageActions;
  receipts: ReceiptRecorder;
  membership: MembershipCache;
  /** Device activity (last active) for the device list. */
  presence: PresenceStore;
  /** Media uploads, verification, access (docs/media.md). */
  media: MediaService;
  /** Signs and checks the gateway's media download links. */
  mediaUrls: MediaUrlSigner;
  /** The per-user Send budget also covers REST sends. */
  limits: RateLimits;
  /** Login attempts per username. */
  logins: LoginLimits;
  log: Logger;
}
