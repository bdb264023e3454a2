import { pino, type Logger } from 'pino';

export type { Logger };

/** fd: where the JSON lines go; operator tools log to stderr (2) and keep stdout for their output. */
export function createLogger(level: string, name = 'parley', fd = 1): Logger {
  return pino({ name, level, base: { pid: process.pid } }, fd === 1 ? undefined : pino.destination({ fd, sync: true }));
}
