import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * Below the kernel's ephemeral range. A port the kernel hands out for listen(0) comes from
 * that range, and so does the source port of every outgoing connection: between our check
 * and the server's bind, a connection of a test running beside this one could take it (a
 * cluster node then failed to start now and then). Ports below the range go only to whoever
 * asks for them by number.
 */
function ephemeralLow(): number {
  try {
    const low = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    return Number.isInteger(low) && low > 12_000 ? low : 32_768;
  } catch {
    return 32_768;
  }
}

const LOW = 10_000;
const HIGH = ephemeralLow();

function tryPort(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/** A TCP port that was free a moment ago (for a server that must come back on the same port). */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = LOW + Math.floor(Math.random() * (HIGH - LOW));
    if (await tryPort(port)) return port;
  }
  throw new Error(`no free port found between ${LOW} and ${HIGH}`);
}
