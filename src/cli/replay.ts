// `parley replay <read model|all>` and `parley verify [read model|all]`.
import { Command, Option } from 'commander';
import { readModels, selectReadModels } from '../projections/registry.js';
import { replayReadModel, verifyReadModel } from '../projections/rebuild/replay.js';
import { progressDisplay } from './progress-bar.js';
import { interruptSignal, runTool } from './tool.js';

const modelNames = () => readModels.map((m) => m.name).join(', ');
const positiveInt = (v: string) => {
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`not a positive integer: ${v}`);
  return n;
};

/** Exit codes: 0 done, 1 failed, 2 verify found differences, 3 interrupted (rerun to resume). */
export const EXIT = { ok: 0, failed: 1, different: 2, interrupted: 3 } as const;

export function replayCommand(): Command {
  return new Command('replay')
    .summary('rebuild read models from the streams and swap them in while serving (resumable)')
    .description(
      `rebuild read models from the streams into fresh tables (schema <PG_SCHEMA>_rebuild_<model>) and swap them in atomically while ` +
        `everything keeps serving; an interrupted replay (Ctrl-C) resumes when run again. Read models: ${modelNames()}`,
    )
    .argument('<read-model>', `${modelNames()} or all`)
    .addOption(new Option('--batch <events>', 'events per transaction').argParser(positiveInt))
    .option('--no-progress', 'no progress bar or progress lines')
    .addOption(new Option('--stop-after <events>', 'stop after about this many events, as if interrupted (resume later)').argParser(positiveInt))
    .action(async (which: string, opts: { batch?: number; progress: boolean; stopAfter?: number }) => {
      const models = selectReadModels(which);
      await runTool('replay', async ({ config, log, nc }) => {
        const signal = interruptSignal();
        const ctl = new AbortController();
        signal.addEventListener('abort', () => ctl.abort(), { once: true });
        const display = progressDisplay(opts.progress ? 'auto' : 'off');
        try {
          for (const model of models) {
            let done = 0;
            const result = await replayReadModel(
              {
                config,
                nc,
                log,
                batchSize: opts.batch ?? config.REPLAY_BATCH,
                signal: ctl.signal,
                onProgress: (p) => {
                  display.update(p);
                  done = p.position - p.from;
                  if (opts.stopAfter !== undefined && done >= opts.stopAfter) ctl.abort();
                },
              },
              model,
            );
            display.stop();
            if (result.interrupted) {
              process.stdout.write(`${model.name}: interrupted after ${done} events; run parley replay ${model.name} again to resume\n`);
              return EXIT.interrupted;
            }
            const resumed = result.resumedFrom > 0 ? ` (resumed at ${result.resumedFrom})` : '';
            process.stdout.write(`${model.name}: rebuilt up to ${result.position}${resumed} and swapped in; ${result.appliedUnderLock} events applied during the swap\n`);
          }
          return EXIT.ok;
        } finally {
          display.stop();
        }
      });
    });
}

export function verifyCommand(): Command {
  return new Command('verify')
    .summary('rebuild read models into a scratch schema and compare them with the live ones')
    .description(
      `rebuild read models into a scratch schema (<PG_SCHEMA>_verify_<model>, dropped afterwards) and compare them with the live ` +
        `tables at the live checkpoint: row count and checksum per table, and the keys of differing rows. Exit 0 only when identical, 2 when not`,
    )
    .argument('[read-model]', `${modelNames()} or all`, 'all')
    .addOption(new Option('--batch <events>', 'events per transaction').argParser(positiveInt))
    .option('--json', 'print the comparison as JSON')
    .option('--no-progress', 'no progress bar or progress lines')
    .action(async (which: string, opts: { batch?: number; json?: boolean; progress: boolean }) => {
      const models = selectReadModels(which);
      await runTool('verify', async ({ config, log, nc }) => {
        const display = progressDisplay(opts.progress ? 'auto' : 'off');
        const results = [];
        const signal = interruptSignal();
        for (const model of models) {
          results.push(await verifyReadModel({ config, nc, log, batchSize: opts.batch ?? config.REPLAY_BATCH, signal, onProgress: (p) => display.update(p) }, model));
          display.stop();
        }
        const identical = results.every((r) => r.identical);
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ identical, models: results }, null, 2)}\n`);
        } else {
          for (const r of results) {
            for (const t of r.tables) {
              const state = t.identical ? 'identical' : 'DIFFERENT';
              process.stdout.write(`${r.model}.${t.table}: ${state} at ${r.position} (rows live ${t.rows.live}, rebuilt ${t.rows.rebuilt}; checksum ${t.checksum.live.slice(0, 12)}${t.identical ? '' : ` vs ${t.checksum.rebuilt.slice(0, 12)}`})\n`);
              for (const d of t.differences) process.stdout.write(`  ${t.table} ${JSON.stringify(d.key)}: ${d.problem}\n`);
            }
          }
          process.stdout.write(identical ? 'verify: identical\n' : 'verify: read models differ from a rebuild\n');
        }
        return identical ? EXIT.ok : EXIT.different;
      });
    });
}
