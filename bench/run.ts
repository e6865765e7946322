// npm run bench [-- --quick] [--only serving.ts,http.ts]: runs every benchmark under bench/
// (see runner/discover.ts), one at a time, prints one table and writes it into BENCHMARKS.md
// with the machine, the date and the commit. Exits non-zero when a benchmark failed.
//
// --quick sets BENCH_QUICK=1 for each: no 10,000-article builds, fewer rounds, smaller data.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { readOptions } from './options';
import { discoverBenchmarks } from './runner/discover';
import { renderMarkdown, renderText, replaceLastRun, type ScriptResult } from './runner/render';
import { runScript, stopAllScripts } from './runner/run-script';

const options = readOptions('bench', {
  quick: { type: 'boolean' },
  only: { type: 'string' },
});
const quick = options.quick === true;
const all = discoverBenchmarks(path.resolve('bench'));
const only = options.only?.split(',').map((name) => name.trim());
const unknown = only?.filter((name) => !all.includes(name)) ?? [];
if (unknown.length) {
  console.error(`bench: no benchmark ${unknown.join(', ')} (there are: ${all.join(', ')})`);
  process.exit(2);
}
const scripts = only ? all.filter((name) => only.includes(name)) : all;

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    stopAllScripts();
    process.exit(130);
  });

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

const commit = `${git(['rev-parse', '--short=12', 'HEAD']) || 'unknown'}${git(['status', '--porcelain']) ? ' (dirty)' : ''}`;
const cpus = os.cpus();
const machine = `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GB memory, Node ${process.version}, ${os.type()} ${os.release()}`;
const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');

console.log(`npm run bench${quick ? ' --quick' : ''}: ${scripts.join(', ')}`);
const started = performance.now();
const results: ScriptResult[] = [];
for (const script of scripts) {
  console.log(`\n=== bench/${script} ===`);
  const result = await runScript(script, {
    quick,
    timeoutMs: (quick ? 5 : 30) * 60_000,
  });
  results.push(result);
  console.log(
    `=== bench/${script}: ${result.skipped ?? (result.ok ? 'ok' : `FAILED (${result.reason})`)}, ${result.rows.length} rows, ${result.seconds.toFixed(0)} s`,
  );
}
const seconds = (performance.now() - started) / 1000;

console.log(renderText(results));
const file = 'BENCHMARKS.md';
const section = renderMarkdown(results, {
  date,
  commit,
  machine,
  mode: quick ? 'quick' : 'full',
  seconds,
});
const document = replaceLastRun(existsSync(file) ? readFileSync(file, 'utf8') : '', section);
// Formatted as `npm run lint` checks it (prettier --check), so a run leaves the file clean.
writeFileSync(
  file,
  await format(document, { ...(await resolveConfig(file)), filepath: path.resolve(file) }),
);
const failed = results.filter((result) => !result.ok);
console.log(
  `\n${results.length} benchmarks in ${seconds.toFixed(0)} s, ${failed.length} failed; table written to ${file}.`,
);
process.exit(failed.length ? 1 : 0);
