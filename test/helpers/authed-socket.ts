// A raw socket authenticated by header and caught up. Under bursts of connections these
// shared machines sometimes reset a fresh socket before its first frame (close 1006, no frame
// exchanged; see bench/common.ts): such a socket is opened again, a few times at most.
import { RawSocket } from './raw-socket.js';

export async function authedSocket(url: string, token: string): Promise<RawSocket> {
  for (let attempt = 1; ; attempt++) {
    const sock = await RawSocket.open(url, { authorization: `Bearer ${token}` });
    try {
      await sock.next((f) => f.body === 'caughtUp');
      return sock;
    } catch (err) {
      if (attempt >= 3 || sock.frames.length > 0 || sock.closed?.code !== 1006) throw err;
    }
  }
}
