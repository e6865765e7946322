// One benchmark as a child process of its own (its own process group, so a time-out stops
// whatever servers it started too), reporting rows into a temporary JSON-lines file.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchRowSchema, type BenchRow } from '../report';
import type { ScriptResult } from './render';

const live = new Set<number>();

/** For an interrupted run: stop every benchmark still running, with what it started. */
export function stopAllScripts() {
  for (const pid of live) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Rows from a BENCH_ROWS file; a line that is not a row is an error, not skipped. */
export function readRows(text: string): { rows: BenchRow[]; errors: string[] } {
  const rows: BenchRow[] = [];
  const errors: string[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (!line.trim()) continue;
    try {
      const parsed = benchRowSchema.safeParse(JSON.parse(line));
      if (parsed.success) rows.push(parsed.data);
      else errors.push(`row ${index + 1}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    } catch {
      errors.push(`row ${index + 1}: not JSON`);
    }
  }
  return { rows, errors };
}

export async function runScript(
  script: string,
  options: { quick: boolean; timeoutMs: number; dir?: string },
): Promise<ScriptResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-rows-'));
  const rowsFile = path.join(dir, 'rows.jsonl');
  const started = performance.now();
  const child = spawn(
    path.resolve('node_modules/.bin/tsx'),
    ['--conditions=react-server', path.join(options.dir ?? 'bench', script)],
    {
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: '1',
        BENCH_ROWS: rowsFile,
        ...(options.quick ? { BENCH_QUICK: '1' } : {}),
      },
      stdio: ['ignore', 'inherit', 'pipe'],
      detached: true,
    },
  );
  if (child.pid) live.add(child.pid);
  let errorTail = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    errorTail = (errorTail + chunk.toString()).slice(-2000);
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  }, options.timeoutMs);
  const status = await new Promise<number | null>((resolve) => {
    child.once('error', () => resolve(null));
    child.once('exit', (code) => resolve(code));
  });
  clearTimeout(timer);
  if (child.pid) {
    // Whatever the script left behind in its group (a server it did not stop) goes too.
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // nothing left
    }
    live.delete(child.pid);
  }
  const { rows, errors } = readRows(existsSync(rowsFile) ? readFileSync(rowsFile, 'utf8') : '');
  const skipFile = `${rowsFile}.skipped`;
  const skipped = existsSync(skipFile) ? readFileSync(skipFile, 'utf8').trim() : '';
  rmSync(dir, { recursive: true, force: true });
  const seconds = (performance.now() - started) / 1000;
  const lastLine =
    errorTail
      .trim()
      .split('\n')
      .filter((line) => line.trim())
      .at(-1)
      ?.trim() ?? '';
  let reason: string | undefined;
  if (timedOut) reason = `stopped after ${Math.round(options.timeoutMs / 1000)} s (time limit)`;
  else if (status !== 0) reason = `exit status ${status}${lastLine ? `: ${lastLine}` : ''}`;
  else if (errors.length) reason = `bad rows: ${errors.join('; ')}`;
  else if (rows.length === 0 && !skipped)
    reason = 'reported no rows (it does not call reportRow or reportSkipped)';
  return {
    script,
    ok: reason === undefined,
    seconds,
    rows,
    ...(reason ? { reason } : {}),
    ...(skipped && !reason ? { skipped } : {}),
  };
}
