// npm start builds only when there is no build, once even when several instances start at once.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const buildState = path.resolve('scripts/build-state.mjs');

/**
 * Runs `count` processes at once in a fresh folder, each taking the build lock and "building"
 * (appending a line to a log, slowly) only when no build is there yet, as npm start does.
 */
async function startAtOnce(dir: string, count: number): Promise<number[]> {
  const script = `
    import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
    const { hasBuild, withBuildLock } = await import(${JSON.stringify(buildState)});
    await withBuildLock(async () => {
      if (hasBuild()) return;
      appendFileSync('builds.log', process.pid + '\\n');
      await new Promise((resolve) => setTimeout(resolve, 300));
      mkdirSync('.next', { recursive: true });
      writeFileSync('.next/BUILD_ID', 'x');
      writeFileSync('.next/build-stamp.json', JSON.stringify({ builtAt: 0, env: {} }));
    }, { pollMs: 50 });
  `;
  return Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<number>((resolve) => {
          const child = spawn('node', ['--input-type=module', '-e', script], { cwd: dir });
          child.on('exit', (code) => resolve(code ?? -1));
        }),
    ),
  );
}

test('instances started at once on a new checkout build once, and none rebuilds a build it finds', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'build-lock-'));
  dirs.push(dir);
  expect(await startAtOnce(dir, 4)).toEqual([0, 0, 0, 0]);
  expect(readFileSync(path.join(dir, 'builds.log'), 'utf8').trim().split('\n')).toHaveLength(1);
  expect(existsSync(path.join(dir, '.build-lock'))).toBe(false);
  expect(await startAtOnce(dir, 2)).toEqual([0, 0]);
  expect(readFileSync(path.join(dir, 'builds.log'), 'utf8').trim().split('\n')).toHaveLength(1);
});

test('a lock left by a process that is gone is taken over', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'build-lock-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, '.build-lock'));
  // A pid far above any this machine hands out: no such process.
  writeFileSync(path.join(dir, '.build-lock', 'pid'), '2147483646');
  expect(await startAtOnce(dir, 1)).toEqual([0]);
  expect(readFileSync(path.join(dir, 'builds.log'), 'utf8').trim().split('\n')).toHaveLength(1);
});
