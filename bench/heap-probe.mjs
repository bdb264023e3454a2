// Preloaded into the server by the soak scenario (node --import): writes the main thread's
// memory usage to SOAK_HEAP_FILE every second, so the bench can report heap growth of a
// process it only sees from outside. liveOld is the heap outside the young generation as it
// stood right after the last mark-compact (full) collection, which is what lasts: with
// Parley's 64 MB semi-spaces what the young generation holds swings a plain reading by tens of
// MB, and the old generation holds garbage until the next mark-compact (73-146 MB in one
// 180 s soak, with no trend).
import { writeFileSync } from 'node:fs';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';

const YOUNG = new Set(['new_space', 'new_large_object_space']);

function oldUsed() {
  let young = 0;
  for (const space of getHeapSpaceStatistics()) if (YOUNG.has(space.space_name)) young += space.space_used_size;
  return process.memoryUsage().heapUsed - young;
}

const file = process.env.SOAK_HEAP_FILE;
if (file) {
  let liveOld = null;
  let majorGcs = 0;
  // The observer runs soon after the collection; what was allocated since is in the young generation.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.detail?.kind !== constants.NODE_PERFORMANCE_GC_MAJOR) continue;
      majorGcs++;
      liveOld = oldUsed();
    }
  }).observe({ entryTypes: ['gc'] });
  setInterval(() => {
    try {
      writeFileSync(file, JSON.stringify({ ...process.memoryUsage(), liveOld, majorGcs }));
    } catch {
      // the bench may have removed the file at its end
    }
  }, 1000).unref();
}
