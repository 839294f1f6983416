/** One block of `npm run bench` output: a title and label/value rows. */
export interface BenchSection {
  readonly title: string;
  readonly rows: ReadonlyArray<readonly [string, string]>;
}

/** p-th percentile (0..100) of a list of numbers, nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;
export const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/** Prints sections as aligned plain-text tables. */
export function printSections(sections: readonly BenchSection[]): void {
  for (const section of sections) {
    const width = Math.max(0, ...section.rows.map(([label]) => label.length));
    process.stdout.write(`\n${section.title}\n${'-'.repeat(section.title.length)}\n`);
    for (const [label, value] of section.rows) process.stdout.write(`  ${label.padEnd(width)}  ${value}\n`);
  }
}

/**
 * "met" or "missed", against an upper bound: `target <= 450 KB: met (by 12 KiB)`, `... missed by 30 % (+98 KiB)`.
 * `format` prints a value and a difference in the target's unit.
 */
export function atMost(value: number, target: number, label: string, format: (n: number) => string): string {
  if (value <= target) return `target ${label}: met (${format(target - value)} under)`;
  return `target ${label}: missed by ${((value / target - 1) * 100).toFixed(0)} % (${format(value - target)} over)`;
}

/** The same against a lower bound (e.g. a speed-up of at least 40x). */
export function atLeast(value: number, target: number, label: string, format: (n: number) => string): string {
  if (value >= target) return `target ${label}: met (${format(value - target)} over)`;
  return `target ${label}: missed by ${((1 - value / target) * 100).toFixed(0)} % (${format(target - value)} short)`;
}

export const ratio = (value: number): string => `${value.toFixed(2)}x`;
