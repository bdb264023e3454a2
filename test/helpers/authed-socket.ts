// A raw socket authenticated by header and caught up.
import { RawSocket } from './raw-socket.js';

export async function authedSocket(url: string, token: string): Promise<RawSocket> {
  const sock = await RawSocket.open(url, { authorization: `Bearer ${token}` });
  await sock.next((f) => f.body === 'caughtUp');
  return sock;
}
