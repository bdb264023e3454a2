// Entry of the projector thread of `parley serve` (see src/projector-thread.ts). Plain
// JavaScript, because the TypeScript loader has to be registered in each thread.
import { register } from 'tsx/esm/api';
import { parentPort, workerData } from 'node:worker_threads';

register();
const { runProjectorThread } = await import('../src/projector-thread.ts');
await runProjectorThread(workerData, parentPort);
