// The ceiling: a bare uWebSockets.js relay with no persistence, no auth and no protobuf.
// A frame is [u32 target index][payload]; the payload goes to the target's socket as is.
import * as uWS from 'uWebSockets.js';

const sockets = new Map<number, uWS.WebSocket<{ id: number }>>();
const app = uWS.App().ws<{ id: number }>('/relay', {
  compression: 0,
  maxPayloadLength: 1 << 20,
  maxBackpressure: 8 << 20,
  upgrade: (res, req, ctx) => {
    const id = Number(new URLSearchParams(req.getQuery() ?? '').get('id'));
    res.upgrade({ id }, req.getHeader('sec-websocket-key'), req.getHeader('sec-websocket-protocol'), req.getHeader('sec-websocket-extensions'), ctx);
  },
  open: (ws) => void sockets.set(ws.getUserData().id, ws),
  message: (_ws, msg) => {
    const target = sockets.get(new DataView(msg).getUint32(0));
    target?.send(msg.slice(4), true);
  },
  close: (ws) => void sockets.delete(ws.getUserData().id),
});
app.listen('127.0.0.1', 0, (s) => {
  if (!s) process.exit(1);
  process.stdout.write(`relay listening on http://127.0.0.1:${uWS.us_socket_local_port(s)}\n`);
});
