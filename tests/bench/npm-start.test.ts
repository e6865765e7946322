// Benchmarks start the server with npm start's own command (bench/support/npm-start.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { npmStartCommand } from '@/bench/support/npm-start';

test("npm start's script execs the server with glibc's malloc held to 2 arenas unless set", () => {
  const { command, args } = npmStartCommand();
  expect(command).toBe('sh');
  // The script run with `node` swapped for `env`: what the server's environment would be.
  const script = String(args[1]).replace(/exec node .*scripts\/start\.mjs$/, 'exec env');
  const environment = (extra: Record<string, string>) => {
    const env = { ...process.env, ...extra };
    if (!('MALLOC_ARENA_MAX' in extra)) delete env.MALLOC_ARENA_MAX;
    return spawnSync('sh', ['-c', script], { encoding: 'utf8', env }).stdout;
  };
  expect(environment({})).toMatch(/^MALLOC_ARENA_MAX=2$/m);
  expect(environment({ MALLOC_ARENA_MAX: '8' })).toMatch(/^MALLOC_ARENA_MAX=8$/m);
});

test("npm start's script gives the server a young generation of 8 MB semi-spaces", () => {
  const { args } = npmStartCommand();
  // The script with start.mjs swapped for printing the flags node was started with.
  const script = String(args[1]).replace(/scripts\/start\.mjs$/, `-p "process.execArgv.join(' ')"`);
  const run = spawnSync('sh', ['-c', script], { encoding: 'utf8' });
  expect(run.stdout.trim().split(' ')).toContain('--max-semi-space-size=8');
});

test('a start script that would leave the shell as the parent is refused', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'npm-start-'));
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ scripts: { start: 'node scripts/start.mjs' } }),
  );
  expect(() => npmStartCommand(dir)).toThrow(/must end in "exec node \[node's flags\] scripts/);
});
