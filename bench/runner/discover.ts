// Which files under bench/ are benchmarks: every top-level .ts or .mjs file except the shared
// helpers named here. Code a benchmark splits out goes in a subfolder (bench/crash/,
// bench/support/), so a new top-level script is run by `npm run bench` without being listed.
import { readdirSync } from 'node:fs';

/** Top-level modules that are imported by benchmarks or run them, not benchmarks themselves. */
export const helperModules: readonly string[] = ['options.ts', 'report.ts', 'run.ts'];

/**
 * Benchmarks that go first, in this order: the ones that build the shared site (bench/support/
 * site.ts) before the ones that only reuse it, and quick ones before long ones. Any other
 * benchmark follows, alphabetically.
 */
export const preferredOrder: readonly string[] = [
  'serving.ts',
  'reader.ts',
  'editions.ts',
  'http.ts',
  'store.ts',
  'crash.ts',
];

export function isBenchmarkFile(name: string): boolean {
  return (
    /^[a-z0-9][a-z0-9-]*\.(ts|mjs)$/.test(name) &&
    !name.endsWith('.d.ts') &&
    !helperModules.includes(name)
  );
}

/** The benchmark file names in `dir`, in the order they run. */
export function discoverBenchmarks(dir: string): string[] {
  const found = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && isBenchmarkFile(entry.name))
    .map((entry) => entry.name);
  const rank = (name: string) => {
    const at = preferredOrder.indexOf(name);
    return at === -1 ? preferredOrder.length : at;
  };
  return found.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
