export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function rssKiB(pid: number, readFile: (p: string) => string): number {
  const m = /VmRSS:\s+(\d+)/.exec(readFile(`/proc/${pid}/status`));
  return m ? Number(m[1]) : NaN;
}
