// The gateway role: REST and WebSocket on one HTTP port. Building is separate from
// listening, so tests listen on port 0.
import * as uWS from 'uWebSockets.js';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { Kvm } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/transport-node';
import type { CommandContext } from '../commands/context.js';
import { MembershipCache } from '../commands/membership.js';
import { ReceiptRecorder } from '../commands/receipts.js';
import { DeliveryReporter } from './delivery-reporter.js';
import { GroupHub } from './group-hub.js';
import { MessageSender } from '../commands/send-message.js';
import { AckPublisher } from '../shared/ack-publisher.js';
import type { Config } from '../shared/config.js';
import type { Db } from '../shared/db.js';
import type { Logger } from '../shared/log.js';
import type { Names } from '../shared/names.js';
import { ProgressWatcher } from '../projections/progress.js';
import { Authenticator } from './authenticator.js';
import { CloseCode } from './close-codes.js';
import type { Connection } from './connection.js';
import { CursorStore } from './cursor-store.js';
import { FeedHub } from './feed-hub.js';
import { FeedReader } from './feed-reader.js';
import { route } from './http.js';
import { accountRoutes } from './routes/accounts.js';
import { conversationRoutes } from './routes/conversations.js';
import { socketRoute } from './socket.js';
import { TokenService } from './tokens.js';

export interface GatewayDeps {
  config: Config;
  names: Names;
  nc: NatsConnection;
  db: Db;
  log: Logger;
}

export interface Gateway {
  listen(host: string, port: number): Promise<number>;
  close(): Promise<void>;
  /** Open WebSocket connections. */
  readonly connections: number;
}

export async function buildGateway(deps: GatewayDeps): Promise<Gateway> {
  const { config, names, nc, db, log } = deps;
  const js = jetstream(nc);
  const jsm = await jetstreamManager(nc);
  const progress = new ProgressWatcher(nc, db, names);
  progress.watch('users');
  progress.watch('conversations');
  const publisher = new AckPublisher(nc);
  const ctx: CommandContext = { js, jsm, publisher, db, names, config, progress, now: Date.now };
  const auth = new Authenticator(new TokenService(config.JWT_SECRET, config.TOKEN_TTL_S), db);
  const membership = new MembershipCache(db, nc, names);
  const sender = new MessageSender(ctx, membership);
  const receipts = new ReceiptRecorder(ctx, membership);
  const deliveries = new DeliveryReporter(receipts, log, config.RECEIPT_FLUSH_MS);
  const kv = await new Kvm(nc).open(names.cursorBucket);
  const cursors = new CursorStore(kv, log);
  const hub = new FeedHub(nc, names);
  const groupHub = new GroupHub(nc, names);
  const reader = new FeedReader(js, jsm, names, config.CATCHUP_BATCH);
  const live = new Set<Connection>();

  const app = uWS.App();
  app.get('/healthz', (res) => {
    res.cork(() => res.writeHeader('content-type', 'application/json').end('{"ok":true}'));
  });
  route(app, log, 'get', '/readyz', async () => {
    await nc.flush();
    await db.selectNoFrom((eb) => eb.lit(1).as('one')).execute();
    return { status: 200, body: { ok: true } };
  });
  accountRoutes(app, { ctx, auth, sender, receipts, log });
  conversationRoutes(app, { ctx, auth, sender, receipts, log });
  socketRoute(
    app,
    { auth, sender, hub, reader, cursors, receipts, deliveries, groupHub, db, catchUpBatch: config.CATCHUP_BATCH, log, heartbeatIntervalMs: config.HEARTBEAT_INTERVAL_MS, maxFrameBytes: config.MAX_FRAME_BYTES },
    live,
  );
  app.any('/*', (res) => {
    res.cork(() =>
      res.writeStatus('404 Not Found').writeHeader('content-type', 'application/json').end(JSON.stringify({ error: { code: 'not_found', message: 'no such route' } })),
    );
  });

  let listenSocket: uWS.us_listen_socket | undefined;
  return {
    get connections() {
      return live.size;
    },
    listen(host, port) {
      return new Promise((resolve, reject) => {
        app.listen(host, port, (s) => {
          if (!s) return reject(new Error(`cannot listen on ${host}:${port}`));
          listenSocket = s;
          resolve(uWS.us_socket_local_port(s));
        });
      });
    },
    async close() {
      if (listenSocket) uWS.us_listen_socket_close(listenSocket);
      listenSocket = undefined;
      for (const conn of [...live]) conn.close(CloseCode.shuttingDown, 'server shutting down');
      await cursors.close();
      await deliveries.close();
      progress.close();
      membership.close();
      publisher.close();
      app.close();
    },
  };
}
