// Continuous sending for fault tests: a client keeps a few sends in flight until stopped.
import type { ParleyClient, Sent } from '../../src/sdk/client.js';

export interface Sending {
  /** Every text sent so far, in the order the sends were made. */
  readonly texts: string[];
  /** Stops sending and resolves with every send's Sent (rejects if one was refused). */
  stop(): Promise<Sent[]>;
}

/** Sends to the conversations in turn, inFlight at a time (each lane pausing pauseMs after a Sent); every send ends in Sent (the SDK retries). */
export function keepSending(c: ParleyClient, conversations: string[], tag: string, inFlight = 8, pauseMs = 0): Sending {
  let stop = false;
  let n = 0;
  const sends: Array<Promise<Sent>> = [];
  const texts: string[] = [];
  const lanes = Array.from({ length: inFlight }, async () => {
    while (!stop) {
      const i = n++;
      const text = `${tag}-${i}`;
      texts.push(text);
      const p = c.send(conversations[i % conversations.length]!, text);
      sends.push(p);
      // A refusal ends the lane (and the caller's Promise.all rejects) instead of spinning.
      if (await p.then(() => false, () => true)) return;
      if (pauseMs > 0) await new Promise((r) => setTimeout(r, pauseMs));
    }
  });
  return {
    texts,
    async stop() {
      stop = true;
      await Promise.all(lanes);
      return Promise.all(sends);
    },
  };
}
