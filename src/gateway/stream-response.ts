// Streams a body of known size to a uWS response, honouring backpressure: tryEnd writes what
// the socket takes, and the rest of a chunk waits for onWritable before the next is read.
import type { HttpResponse } from 'uWebSockets.js';

export interface ResponseState {
  aborted: boolean;
  /** Called when the client goes away (set by streamResponse while it waits). */
  onAbort?: () => void;
}

export async function streamResponse(
  res: HttpResponse,
  state: ResponseState,
  headers: Record<string, string>,
  source: AsyncIterable<Uint8Array>,
  totalSize: number,
  status = '200 OK',
): Promise<void> {
  if (state.aborted) return;
  res.cork(() => {
    res.writeStatus(status);
    for (const [k, v] of Object.entries(headers)) res.writeHeader(k, v);
    if (totalSize === 0) res.end();
  });
  if (totalSize === 0) return;
  let finished = false;
  try {
    for await (const chunk of source) {
      if (state.aborted) return;
      const start = res.getWriteOffset();
      let ok = false;
      res.cork(() => {
        [ok, finished] = res.tryEnd(chunk, totalSize);
      });
      if (finished) return;
      if (!ok) {
        await new Promise<void>((resolve) => {
          state.onAbort = resolve;
          res.onWritable((offset) => {
            const [ok2, done2] = res.tryEnd(chunk.subarray(offset - start), totalSize);
            if (done2) finished = true;
            if (ok2 || done2) resolve();
            return ok2;
          });
        });
        if (finished || state.aborted) return;
      }
    }
  } catch (err) {
    // The headers are out: all that can be said now is that the body is cut short.
    if (!state.aborted && !finished) res.close();
    throw err;
  }
  if (!state.aborted && !finished) res.close();
}
