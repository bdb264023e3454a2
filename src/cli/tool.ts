// What every operator tool needs: the configuration, a logger on stderr (stdout carries the
// tool's output), and a NATS connection that is drained however the tool ends.
import type { NatsConnection } from '@nats-io/transport-node';
import { loadConfig, type Config } from '../shared/config.js';
import { createLogger, type Logger } from '../shared/log.js';
import { connectNats } from '../shared/nats.js';

export interface Tool {
  config: Config;
  log: Logger;
  nc: NatsConnection;
}

/** Runs work with a tool context; its result becomes the process exit code. */
export async function runTool(name: string, work: (tool: Tool) => Promise<number>): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, `parley-${name}`, 2);
  const nc = await connectNats(config, `parley-${name}-${process.pid}`);
  let code: number;
  try {
    code = await work({ config, log, nc });
  } finally {
    await nc.drain().catch(() => undefined);
  }
  process.exitCode = code;
}

/** An AbortSignal fired by the first Ctrl-C or SIGTERM; a second one exits at once. */
export function interruptSignal(): AbortSignal {
  const ctl = new AbortController();
  const on = () => {
    if (ctl.signal.aborted) process.exit(130);
    process.stderr.write('stopping after the batch in flight (again to quit now)\n');
    ctl.abort();
  };
  process.on('SIGINT', on);
  process.on('SIGTERM', on);
  return ctl.signal;
}
