// Small helpers of the benchmark: percentiles, medians, folder sizes, and the
// machine it ran on.
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';

/** The q-th percentile (nearest rank) of some numbers: `percentile([…], 0.5)` is the median. */
export function percentile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

export const median = (xs: readonly number[]) => percentile(xs, 0.5);

/** Disk use of a folder in MB, as `du` counts it. */
export function folderMb(dir: string): number {
  return Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split(/\s/)[0]) / 1024;
}

export const round = (x: number, digits = 2) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : null);

export function machine() {
  return { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, platform: `${process.platform}-${process.arch}` };
}

/** Peak resident memory of this process so far, in MB. */
export const peakRssMb = () => process.resourceUsage().maxRSS / 1024;
