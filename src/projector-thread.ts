// `parley serve` runs the projectors (and the notifier) in a worker thread of the same
// process, so the gateway and the projectors each get an event loop (and a core) of their own. The thread has its
// own NATS connection and Postgres pool; it talks to the main thread only to say it is ready
// and to be told to close.
import { Worker, type MessagePort } from 'node:worker_threads';
import type { Config } from './shared/config.js';
import type { Logger } from './shared/log.js';
import { createLogger } from './shared/log.js';
import { SEMI_SPACE_MB } from './shared/heap.js';

export interface ProjectorThread {
  close(): Promise<void>;
}

export interface ThreadRoles {
  /** Also run the notifier in the thread. */
  notifier: boolean;
  /** Also run the media worker (previews, thumbnails, orphan collection) in the thread. */
  mediaWorker?: boolean;
}

/**
 * The thread's young generation (three semi-spaces of SEMI_SPACE_MB, as the flag gives the
 * main thread). The fold allocates short-lived objects for every event; with V8's default
 * (16 MB semi-spaces here) the thread spent about a sixth of its time collecting them, and
 * at 10,000 1:1 msgs/s `parley serve` had p99 176-321 ms against 95-285 ms with both (six
 * alternating bench pairs, every pair won). Costs up to ~190 MB RSS.
 */
const YOUNG_GENERATION_MB = 3 * SEMI_SPACE_MB;

interface ThreadData {
  config: Config;
  roles: ThreadRoles;
}

/** Main thread: starts the projector thread and resolves once its projections run. */
export function startProjectorThread(config: Config, log: Logger, roles: ThreadRoles = { notifier: false }): Promise<ProjectorThread> {
  const data: ThreadData = { config: { ...config }, roles };
  const worker = new Worker(new URL('../bin/projector-thread.js', import.meta.url), { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  let closing: Promise<void> | undefined;
  return new Promise((resolve, reject) => {
    worker.once('message', (m) => {
      if (m !== 'ready') return reject(new Error(`projector thread said ${String(m)}`));
      resolve({
        close() {
          closing ??= new Promise<void>((done) => {
            worker.once('exit', () => done());
            worker.postMessage('close');
          });
          return closing;
        },
      });
    });
    worker.once('error', (err) => {
      log.fatal({ err }, 'projector thread failed');
      reject(err);
      // A process whose projectors died must not keep serving stale reads: exit, restart.
      process.exit(1);
    });
  });
}

/** Worker thread: runs the projector role (and the notifier) until the main thread says close. */
export async function runProjectorThread(data: ThreadData, port: MessagePort | null): Promise<void> {
  const { start } = await import('./roles.js');
  const frozen = Object.freeze({ ...data.config });
  const log = createLogger(frozen.LOG_LEVEL, 'parley-projector');
  // The main thread has set up the streams and tables before starting this thread.
  const running = await start(frozen, log, { gateway: false, projector: true, notifier: data.roles.notifier, mediaWorker: data.roles.mediaWorker === true }, { setUp: true });
  port?.on('message', (m) => {
    if (m !== 'close') return;
    void running.close().then(() => port.close());
  });
  port?.postMessage('ready');
}
