// `parley streams`: streams, consumers, pending, and per projector its lag and the process applying it.
import { Command } from 'commander';
import { createDb } from '../shared/db.js';
import { namesFor } from '../shared/names.js';
import { feedStatus, projectorStatus, streamStatus } from '../ops/stream-status.js';
import type { ProjectionHolder } from '../projections/runner.js';
import { textTable } from './text-table.js';
import { runTool } from './tool.js';

const size = (b: number) => (b >= 1 << 30 ? `${(b / (1 << 30)).toFixed(1)} GiB` : b >= 1 << 20 ? `${(b / (1 << 20)).toFixed(1)} MiB` : b >= 1024 ? `${(b / 1024).toFixed(1)} KiB` : `${b} B`);
const age = (s: number) => (s === 0 ? 'forever' : s % 86400 === 0 ? `${s / 86400}d` : s % 3600 === 0 ? `${s / 3600}h` : `${s}s`);

/** The lock holder's session; of another role's session Postgres shows the name only. */
const appliedBy = (h: ProjectionHolder) =>
  h.since === null ? `${h.application || 'a session'} (of another role: details hidden)` : `${h.application} (${h.address ?? 'local socket'}, since ${h.since})`;

export function streamsCommand(): Command {
  return new Command('streams')
    .summary('streams, consumers, pending, projector lag and who applies each projection')
    .description("show Parley's streams (size, sequences, retention), every consumer with its pending and unacknowledged messages, each projector's lag and the process applying it, and the device feed")
    .option('--json', 'print as JSON')
    .action(async (opts: { json?: boolean }) => {
      await runTool('streams', async ({ config, nc }) => {
        const names = namesFor(config.PARLEY_PREFIX);
        const db = createDb(config, { max: 1 });
        try {
          const streams = await streamStatus(nc, names);
          const projectors = await projectorStatus(nc, db, names);
          const feed = await feedStatus(db, config.FEED_MAX_AGE_S);
          if (opts.json) {
            process.stdout.write(`${JSON.stringify({ streams, projectors, feed }, null, 2)}\n`);
            return 0;
          }
          process.stdout.write(
            textTable(
              ['stream', 'messages', 'size', 'first', 'last', 'retention', 'subjects'],
              streams.map((s) => [s.name, s.messages, size(s.bytes), s.firstSeq, s.lastSeq, `${age(s.maxAgeS)}${s.maxBytes ? `, ${size(s.maxBytes)}` : ''}`, s.subjects.join(' ')]),
            ),
          );
          process.stdout.write('\n');
          const consumers = streams.flatMap((s) => s.consumers.map((c) => [s.name, c.name, c.durable ? 'durable' : 'ephemeral', c.filter || '(all)', c.pending, c.ackPending, c.deliveredSeq]));
          process.stdout.write(textTable(['stream', 'consumer', 'kind', 'filter', 'pending', 'unacked', 'delivered'], consumers));
          process.stdout.write('\n');
          process.stdout.write(
            textTable(
              ['projector', 'stream', 'checkpoint', 'stream end', 'lag', 'applied by'],
              projectors.map((p) => [p.name, p.stream, p.checkpoint, p.lastSeq, p.lag, p.appliedBy ? appliedBy(p.appliedBy) : 'no process']),
            ),
          );
          process.stdout.write('\n');
          process.stdout.write(
            textTable(
              ['device feed (Postgres)', 'entries (estimate)', 'size', 'first', 'last', 'retention'],
              [['feed_entries', feed.entriesEstimate, size(feed.bytes), feed.firstRetained, feed.high, age(feed.maxAgeS)]],
            ),
          );
          return 0;
        } finally {
          await db.destroy();
        }
      });
    });
}
