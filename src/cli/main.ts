// The parley command: `parley serve` runs every role in one process; `parley gateway`,
// `parley project` and `parley notify` run one role each for scale-out; `parley setup`
// prepares streams and tables.
import { Command } from 'commander';
import { loadConfig } from '../shared/config.js';
import { createLogger } from '../shared/log.js';
import { runSetup, start, type Roles } from '../roles.js';
import { replayCommand, verifyCommand } from './replay.js';
import { streamsCommand } from './streams.js';
import { tapCommand } from './tap.js';
import { SEMI_SPACE_MB, tuneHeap } from '../shared/heap.js';

const program = new Command()
  .name('parley')
  .description('Parley: event-sourced chat on NATS JetStream. Configuration comes from the environment (see README).');

function runRoles(roles: Roles, what: string) {
  return async () => {
    tuneHeap();
    const config = loadConfig();
    const log = createLogger(config.LOG_LEVEL);
    const running = await start(config, log, roles);
    const where = running.port !== undefined ? ` on http://${config.HOST}:${running.port} (ws: /v1/ws)` : '';
    log.info({ roles, port: running.port }, `parley ${what} running${where}`);
    // V8 takes the young generation's size only at start (README, "The parley command").
    if (roles.gateway && ![...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => a.includes('--max-semi-space-size'))) {
      log.warn(`node was started without --max-semi-space-size=${SEMI_SPACE_MB} (make run passes it): the gateway collects garbage more often, and latency under load is higher`);
    }
    process.stdout.write(running.port !== undefined ? `parley listening on http://${config.HOST}:${running.port}\n` : `parley ${what} running\n`);
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'shutting down');
      running.close().then(
        () => process.exit(0),
        (err: unknown) => {
          log.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
  };
}

program
  .command('serve')
  .description('run every role in one process: the gateway, and the projectors, the notifier and the media worker in a worker thread')
  .action(runRoles({ gateway: true, projector: true, notifier: true, mediaWorker: true, projectorThread: true }, 'serve'));
program.command('gateway').description('run the WebSocket and REST gateway only').action(runRoles({ gateway: true, projector: false }, 'gateway'));
program.command('project').description('run the projectors only (read models and device feeds)').action(runRoles({ gateway: false, projector: true }, 'project'));
program
  .command('notify')
  .description('run the notifier only: push notifications for users with no connected device')
  .action(runRoles({ gateway: false, projector: false, notifier: true }, 'notify'));
program
  .command('media-worker')
  .description('run the media worker only: image previews and thumbnails, and collection of media never sent')
  .action(runRoles({ gateway: false, projector: false, mediaWorker: true }, 'media-worker'));
program
  .command('setup')
  .description('create the JetStream streams and run the Postgres migrations (idempotent)')
  .action(async () => {
    const config = loadConfig();
    await runSetup(config, createLogger(config.LOG_LEVEL));
  });

program.addCommand(replayCommand());
program.addCommand(verifyCommand());
program.addCommand(streamsCommand());
program.addCommand(tapCommand());

program.parseAsync().catch((err: unknown) => {
  process.stderr.write(`parley: ${err instanceof Error ? err.message : String(err)}\n`);
  if (err instanceof Error && err.cause) process.stderr.write(`  cause: ${String(err.cause)}\n`);
  process.exit(1);
});
