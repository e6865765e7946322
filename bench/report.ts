// The one shape every benchmark reports in, so `npm run bench` can put them in one table.
//
// A benchmark run by `npm run bench` is given BENCH_ROWS (a file path) in its environment and
// appends one JSON line per row there with reportRow(). Run on its own, it still prints its
// own output, and reportRow() also prints the row, so a figure is never only in a file.
import { appendFileSync } from 'node:fs';
import { z } from 'zod';

/** Lower is better (times, bytes, memory) or higher is better (rates, scores). */
export const betterSchema = z.enum(['lower', 'higher']);

export const benchRowSchema = z.object({
  /** The table's section: Content, Reader-facing, Serving, Comments, Search, Memory. */
  group: z.string().min(1),
  /** What was measured, in a few words: "article page req/s (seed, next start)". */
  what: z.string().min(1),
  /** Our figure and its unit ("ms", "req/s", "KB", "MB", "score"). */
  ours: z.number(),
  unit: z.string(),
  /** The baseline measured in the same run, when the row has one. */
  baseline: z.number().optional(),
  baselineName: z.string().optional(),
  /**
   * The goal, in words a reader can check against the figures: "≥ 1.0x", "< 2 min", "≤ +10 KB".
   * Absent for a row that is only reported.
   */
  goal: z.string().optional(),
  /** Whether the goal was met; absent when the row has no goal. */
  met: z.boolean().optional(),
  /** Why a goal was missed, or anything needed to read the figure. */
  note: z.string().optional(),
});

export type BenchRow = z.infer<typeof benchRowSchema>;

/** ours / baseline, or undefined without a baseline. */
export function ratio(row: Pick<BenchRow, 'ours' | 'baseline'>): number | undefined {
  if (row.baseline === undefined || row.baseline === 0) return undefined;
  return row.ours / row.baseline;
}

export function reportRow(row: BenchRow): void {
  const checked = benchRowSchema.parse(row);
  const r = ratio(checked);
  console.log(
    `[row] ${checked.group} | ${checked.what} | ${checked.ours} ${checked.unit}` +
      (checked.baseline !== undefined
        ? ` | ${checked.baselineName ?? 'baseline'} ${checked.baseline} ${checked.unit}`
        : '') +
      (r !== undefined ? ` | ${r.toFixed(2)}x` : '') +
      (checked.goal ? ` | goal ${checked.goal}: ${checked.met ? 'met' : 'NOT met'}` : ''),
  );
  const file = process.env.BENCH_ROWS;
  if (file) appendFileSync(file, `${JSON.stringify(checked)}\n`);
}

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Whether this run is `npm run bench -- --quick` (no 10,000-article builds). */
export function isQuickRun(): boolean {
  return process.env.BENCH_QUICK === '1';
}

/**
 * Says this benchmark did not run in this run and why (a quick run skips what needs the
 * 10,000-article builds). The runner shows it as skipped, not failed; a script that reports
 * neither rows nor this is a failure.
 */
export function reportSkipped(reason: string): void {
  console.log(`[skipped] ${reason}`);
  const file = process.env.BENCH_ROWS;
  if (file) appendFileSync(`${file}.skipped`, `${reason}\n`);
}
