// Progress of a rebuild: a bar with events/s and ETA on a terminal, a log line every few
// seconds otherwise (CI, pipes), nothing when asked for quiet.
import cliProgress from 'cli-progress';
import type { Progress } from '../projections/rebuild/rebuild.js';

export interface ProgressDisplay {
  update(p: Progress): void;
  stop(): void;
}

export function progressDisplay(mode: 'auto' | 'off'): ProgressDisplay {
  if (mode === 'off') return { update() {}, stop() {} };
  const started = Date.now();
  const rate = (p: Progress) => (p.position - p.from) / Math.max(0.001, (Date.now() - started) / 1000);
  if (!process.stderr.isTTY) {
    let last = 0;
    return {
      update(p) {
        if (Date.now() - last < 2000 && p.position < p.target) return;
        last = Date.now();
        const r = rate(p);
        const eta = r > 0 ? Math.ceil((p.target - p.position) / r) : 0;
        process.stderr.write(`${p.model}: ${p.position}/${p.target} events, ${Math.round(r)} events/s, ETA ${eta} s\n`);
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    { format: '{model} [{bar}] {percentage}% | {value}/{total} events | {speed} events/s | ETA {eta_formatted}', stream: process.stderr, etaBuffer: 50 },
    cliProgress.Presets.shades_classic,
  );
  let model: string | undefined;
  return {
    update(p) {
      if (model !== p.model) {
        if (model !== undefined) bar.stop();
        model = p.model;
        bar.start(p.target, p.position, { model: p.model, speed: 0 });
      }
      bar.setTotal(p.target);
      bar.update(p.position, { speed: Math.round(rate(p)) });
    },
    stop() {
      if (model !== undefined) bar.stop();
    },
  };
}
