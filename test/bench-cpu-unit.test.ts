// The bench's CPU accounting (bench/cpu.ts): per process, so processes that come and go in
// the measured window neither hide nor invent CPU.
import test from 'ava';
import { cpuBetween, type CpuSnapshot } from '../bench/cpu.js';

const snap = (rows: Array<[string, 'parley' | 'nats' | 'postgres', number]>): CpuSnapshot => new Map(rows.map(([pid, kind, ticks]) => [pid, { kind, ticks }]));

test('CPU between snapshots is summed per process', (t) => {
  const before = snap([
    ['10', 'parley', 500],
    ['20', 'nats', 300],
    ['30', 'postgres', 1000], // a pooled connection busy during the set-up, closed in the window
    ['31', 'postgres', 200],
    ['40', 'postgres', 900], // exits, and its pid goes to a new backend
  ]);
  const after = snap([
    ['10', 'parley', 700],
    ['20', 'nats', 350],
    ['31', 'postgres', 600],
    ['32', 'postgres', 50], // started in the window
    ['40', 'postgres', 20],
  ]);
  const cpu = cpuBetween(before, after);
  t.is(cpu.parley, 2);
  t.is(cpu.nats, 0.5);
  t.is(cpu.postgres, 4.7, 'the closed connection takes nothing away; the new ones count from zero');
});
