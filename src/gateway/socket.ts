// The /v1/ws endpoint: authenticates the upgrade (token in the Authorization header or
// ?token=; or later in an Auth frame) and hands each socket to a Connection.
import type { TemplatedApp } from 'uWebSockets.js';
import { ParleyError, toParleyError } from '../shared/errors.js';
import { bearerToken } from './authenticator.js';
import { Connection, type ConnectionDeps, type SocketData } from './connection.js';
import { errorBody, writeJson } from './http.js';

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
      let cursor: number | undefined;
      if (rawCursor !== null) {
        cursor = Number(rawCursor);
        if (!Number.isSafeInteger(cursor) || cursor < 0) {
          writeJson(res, 400, errorBody(new ParleyError('bad_request', 'cursor must be a non-negative integer')));
          return;
        }
      }
      // The upgrade completes here, inside the request handler. Finished later (after an
      // await), uWS's cork around it could take the new WebSocket for the HTTP response it
      // was and close it right after its 101: clients saw 1006 before any frame, under bursts
      // of connections (a few per thousand, more as sockets came and went). So the token is
      // checked synchronously (signature, expiry, recent revocations) and the connection
      // confirms that the device still exists before its session starts.
      const data: SocketData = {};
      if (cursor !== undefined) data.cursor = cursor;
      if (token !== undefined) {
        try {
          data.principal = deps.auth.tokens.verify(token);
        } catch (err) {
          const e = toParleyError(err);
          writeJson(res, e.status, errorBody(e));
          return;
        }
        if (deps.revocations.isRevoked(data.principal.deviceId)) {
          writeJson(res, 401, errorBody(new ParleyError('unauthenticated', 'device is no longer signed in')));
          return;
        }
      }
      res.upgrade(data, key, protocol, extensions, context);
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
