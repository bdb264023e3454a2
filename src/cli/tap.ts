// `parley tap`: events as NDJSON for analysts (docs/events.md).
import { closeSync, openSync, writeSync } from 'node:fs';
import { Command, Option } from 'commander';
import { namesFor } from '../shared/names.js';
import { bodyName } from '../ops/event-json.js';
import { tap } from '../ops/tap.js';
import { interruptSignal, runTool } from './tool.js';

/** An ISO time, or a duration back from now: 90s, 15m, 6h, 7d. */
export function parseSince(v: string): Date {
  const rel = /^(\d+)(s|m|h|d)$/.exec(v);
  if (rel) return new Date(Date.now() - Number(rel[1]) * { s: 1e3, m: 60e3, h: 3600e3, d: 86400e3 }[rel[2] as 's' | 'm' | 'h' | 'd']);
  const t = new Date(v);
  if (Number.isNaN(t.getTime())) throw new Error(`not a time or duration: ${v}`);
  return t;
}

export function tapCommand(): Command {
  return new Command('tap')
    .summary('export events as NDJSON (filters, durable resume)')
    .description(
      'write events as NDJSON, one per line with its stream sequence and time (format: docs/events.md), to stdout or a file; ' +
        'stops at the end of the stream unless --follow; with --durable <name> a durable consumer remembers how far it got and the next run resumes there',
    )
    .addOption(new Option('--stream <stream>', 'which stream').choices(['conv', 'users']).default('conv'))
    .addOption(new Option('--from-seq <seq>', 'start at this stream sequence').argParser(Number).conflicts('since'))
    .option('--since <time>', 'start at this time: ISO 8601 (2026-11-21T08:00:00Z) or a duration back from now (15m, 6h, 7d)')
    .option('--type <types>', 'only these event types, comma-separated (MessagePosted,MessagesRead or message_posted,...)')
    .option('--conversation <id>', 'only this conversation (conv stream)')
    .option('--durable <name>', 'read through the durable consumer <PREFIX>_tap_<name> (created on first use, resumed after)')
    .option('--follow', 'keep running and write new events as they come (Ctrl-C stops)')
    .option('-o, --out <file>', 'append to this file instead of stdout')
    .action(async (opts: { stream: 'conv' | 'users'; fromSeq?: number; since?: string; type?: string; conversation?: string; durable?: string; follow?: boolean; out?: string }) => {
      if (opts.durable !== undefined && !/^[A-Za-z0-9_-]{1,64}$/.test(opts.durable)) throw new Error('--durable: letters, digits, - and _ only');
      if (opts.fromSeq !== undefined && !(Number.isSafeInteger(opts.fromSeq) && opts.fromSeq > 0)) throw new Error('--from-seq: a positive integer');
      const types = opts.type?.split(',').filter(Boolean).map(bodyName);
      const since = opts.since !== undefined ? parseSince(opts.since) : undefined;
      await runTool('tap', async ({ config, nc }) => {
        const fd = opts.out !== undefined ? openSync(opts.out, 'a') : 1;
        try {
          const result = await tap(nc, namesFor(config.PARLEY_PREFIX), {
            stream: opts.stream,
            fromSeq: opts.fromSeq,
            since,
            types,
            conversation: opts.conversation,
            durable: opts.durable,
            follow: opts.follow === true,
            write: (line) => writeSync(fd, `${line}\n`),
            signal: interruptSignal(),
          });
          process.stderr.write(`tap: ${result.written} events written (${result.read} read${result.lastSeq ? `, up to sequence ${result.lastSeq}` : ''})\n`);
          return 0;
        } finally {
          if (fd !== 1) closeSync(fd);
        }
      });
    });
}
