// Every REST route of the gateway, registered in one place, so that tests can list them all
// (the authorization matrix fails for a route it has no entry for).
import type { TemplatedApp } from 'uWebSockets.js';
import { accountRoutes } from './accounts.js';
import { conversationRoutes } from './conversations.js';
import type { RouteDeps } from './deps.js';
import { deviceRoutes } from './devices.js';
import { mediaRoutes } from './media.js';
import { mediaContentRoutes } from './media-content.js';
import { messageRoutes } from './messages.js';
import { muteRoutes } from './mutes.js';

export function restRoutes(app: TemplatedApp, deps: RouteDeps): void {
  accountRoutes(app, deps);
  conversationRoutes(app, deps);
  deviceRoutes(app, deps);
  muteRoutes(app, deps);
  messageRoutes(app, deps);
  mediaRoutes(app, deps);
  mediaContentRoutes(app, deps);
}
