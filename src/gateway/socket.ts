// The /v1/ws endpoint: authenticates the upgrade (token in the Authorization header or
// ?token=; or later in an Auth frame) and hands each socket to a Connection.
import type { TemplatedApp } from 'uWebSockets.js';
import { ParleyError, toParleyError } from '../shared/errors.js';
import { bearerToken } from './authenticator.js';
import { Connection, type ConnectionDeps, type SocketData } from './connection.js';
import { errorBody, writeJson } from './http.js';
import type { Principal } from './tokens.js';

/** Registers /v1/ws; every open connection is kept in live (for shutdown and counting). */
export function socketRoute(app: TemplatedApp, deps: ConnectionDeps, live: Set<Connection>): void {
  let nextId = 1;
  app.ws<SocketData>('/v1/ws', {
    compression: 0,
    // Frames above MAX_FRAME_BYTES get an Error frame; far larger ones are cut off by uWS.
    maxPayloadLength: deps.maxFrameBytes * 4,
    // A client that stops reading: once this much is queued for it, send() reports DROPPED
    // and the connection closes it (4100, slow consumer); it resumes from its cursor.
    maxBackpressure: deps.maxBackpressureBytes,
    idleTimeout: 60,
    sendPingsAutomatically: true,
    upgrade: (res, req, context) => {
      const key = req.getHeader('sec-websocket-key');
      const protocol = req.getHeader('sec-websocket-protocol');
      const extensions = req.getHeader('sec-websocket-extensions');
      const query = new URLSearchParams(req.getQuery() ?? '');
      const token = bearerToken(req.getHeader('authorization')) ?? query.get('token') ?? undefined;
      const rawCursor = query.get('cursor');
      let aborted = false;
      res.onAborted(() => {
        aborted = true;
      });
      const upgrade = (principal: Principal | undefined, cursor: number | undefined) => {
        if (aborted) return;
        const data: SocketData = {};
        if (principal) data.principal = principal;
        if (cursor !== undefined) data.cursor = cursor;
        res.cork(() => res.upgrade(data, key, protocol, extensions, context));
      };
      let cursor: number | undefined;
      if (rawCursor !== null) {
        cursor = Number(rawCursor);
        if (!Number.isSafeInteger(cursor) || cursor < 0) {
          writeJson(res, 400, errorBody(new ParleyError('bad_request', 'cursor must be a non-negative integer')));
          return;
        }
      }
      if (token === undefined) return upgrade(undefined, cursor);
      // The upgrade waits for a macrotask: a promise continuation may run while uWS parses
      // another socket's request, and uWS then takes this upgrade for that socket's own and
      // closes this one right after its 101 (seen as a 1006 before any frame under bursts).
      deps.auth.authenticate(token).then(
        (p) => setImmediate(() => upgrade(p, cursor)),
        (err: unknown) => {
          const e = toParleyError(err);
          if (!aborted) writeJson(res, e.status, errorBody(e));
        },
      );
    },
    open: (ws) => {
      const data = ws.getUserData();
      const conn = new Connection(ws, deps, nextId++);
      data.conn = conn;
      live.add(conn);
      conn.open(data.principal, data.cursor);
    },
    message: (ws, message, isBinary) => {
      ws.getUserData().conn?.onMessage(message, isBinary);
    },
    drain: (ws) => {
      ws.getUserData().conn?.onDrain();
    },
    close: (ws, code) => {
      const conn = ws.getUserData().conn;
      if (!conn) return;
      deps.log.debug({ code }, 'socket closed');
      live.delete(conn);
      conn.onClose(code);
    },
  });
}
