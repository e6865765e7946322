import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runScript } from '@/bench/runner/run-script';

// Each benchmark runs as a child process; how it ends decides whether its row is a failure.

const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const report = JSON.stringify(path.resolve('bench/report.ts'));
const script = (name: string, body: string) => {
  writeFileSync(
    path.join(dir, name),
    `import { isQuickRun, reportRow, reportSkipped } from ${report};\n${body}\n`,
  );
  return name;
};
const run = (name: string, timeoutMs = 30_000) => runScript(name, { quick: true, timeoutMs, dir });

describe('running one benchmark', () => {
  test('its rows come back, and it saw BENCH_QUICK', async () => {
    const name = script(
      'good.ts',
      "reportRow({ group: 'Serving', what: isQuickRun() ? 'quick' : 'full', ours: 1, unit: 'x' });",
    );
    const result = await run(name);
    expect(result.ok).toBe(true);
    expect(result.rows.map((row) => row.what)).toEqual(['quick']);
  }, 60_000);

  test('a non-zero exit fails it, with the last error line, its rows kept', async () => {
    const name = script(
      'bad.ts',
      "reportRow({ group: 'Serving', what: 'half', ours: 1, unit: 'x' });\nconsole.error('wrk is not installed');\nprocess.exit(3);",
    );
    const result = await run(name);
    expect(result.ok).toBe(false);
    expect(result.reason).toBe('exit status 3: wrk is not installed');
    expect(result.rows).toHaveLength(1);
  }, 60_000);

  test('a script that reports nothing fails', async () => {
    const result = await run(script('silent.ts', 'void isQuickRun; void reportSkipped;'));
    expect(result.ok).toBe(false);
    expect(result.reason).toMatch(/reported no rows/);
  }, 60_000);

  test('a script that says it was skipped is not a failure, and says why', async () => {
    const result = await run(
      script(
        'skipped.ts',
        "void reportRow; if (isQuickRun()) reportSkipped('needs the big build');",
      ),
    );
    expect(result.ok).toBe(true);
    expect(result.skipped).toBe('needs the big build');
    expect(result.rows).toEqual([]);
  }, 60_000);

  test('a script that runs past its time is stopped and fails', async () => {
    const result = await run(
      script('slow.ts', 'void isQuickRun; void reportSkipped; setInterval(() => {}, 1000);'),
      3000,
    );
    expect(result.ok).toBe(false);
    expect(result.reason).toMatch(/time limit/);
  }, 60_000);
});
