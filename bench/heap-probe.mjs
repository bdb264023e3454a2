// Preloaded into the server by the soak scenario (node --import): writes the main thread's
// memory usage to SOAK_HEAP_FILE every second, so the bench can report heap growth of a
// process it only sees from outside.
import { writeFileSync } from 'node:fs';

const file = process.env.SOAK_HEAP_FILE;
if (file) {
  setInterval(() => {
    try {
      writeFileSync(file, JSON.stringify(process.memoryUsage()));
    } catch {
      // the bench may have removed the file at its end
    }
  }, 1000).unref();
}
