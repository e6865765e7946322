import { parseArgs } from 'node:util';

type OptionKinds = Record<string, { type: 'string' } | { type: 'boolean' }>;

/**
 * A benchmark's flags, read with node:util parseArgs: `--name value` or `--name=value`. A flag
 * it does not know, or a stray argument, stops the run with a line naming it (exit status 2),
 * so a mistyped flag cannot quietly run the default benchmark.
 */
export function readOptions<const Kinds extends OptionKinds>(script: string, options: Kinds) {
  try {
    return parseArgs({
      args: process.argv.slice(2),
      options,
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    console.error(`${script}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}

/** A numeric flag as the benchmarks always read it: absent, the fallback; given, Number(value). */
export function numberOption(value: string | undefined, fallback: number): number {
  return value === undefined ? fallback : Number(value);
}
