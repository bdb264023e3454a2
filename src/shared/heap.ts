// V8 heap settings Parley runs with. The young generation's size is read only when an
// isolate starts: a flag for the process (`make run` passes it; bin/parley.js for replay and
// verify, the tests' and the bench's spawns and the gateway's warning take the number from
// here) and a resource limit for the projector thread. The old generation's growth is a V8
// flag read at every full collection, so the process sets it itself, before it starts any
// thread.
import { setFlagsFromString } from 'node:v8';

/** `--max-semi-space-size` (MB): see YOUNG_GENERATION_MB in projector-thread.ts. */
export const SEMI_SPACE_MB = 64;

/**
 * After a full collection V8 lets the old generation grow by a factor it derives from
 * collection and allocation speeds: for the projector thread (30 MB live) that came to
 * about 8 MB. Its allocation limit also counts the buffers (sockets, query parameters)
 * allocated since, and with a young generation as large as ours, marking starts once what is
 * left of the limit is less than the young generation. So at 10,000 1:1 msgs/s the projector
 * thread ran a full mark-compact every ~250 ms, each a 3-11 ms pause plus 10-15 ms of
 * incremental marking, with its live heap steady at 31 MB. Tripling the heap after each
 * collection: 2 mark-compacts in the run instead of about 30, and Parley's CPU per message
 * 2-6 µs lower in 6 of 8 alternating bench pairs (README, eleventh session). It costs up to
 * about twice the live heap more RSS per thread.
 */
export const HEAP_GROWING_PERCENT = 200;

export function tuneHeap(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
