import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  discoverBenchmarks,
  helperModules,
  isBenchmarkFile,
  preferredOrder,
} from '@/bench/runner/discover';

// npm run bench runs every top-level script under bench/ except the named helpers, so a new
// benchmark cannot be forgotten: these tests pin that rule down.

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function fakeBench(files: string[], folders: string[] = []) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-discover-'));
  made.push(dir);
  for (const file of files) writeFileSync(path.join(dir, file), '');
  for (const folder of folders) {
    mkdirSync(path.join(dir, folder));
    writeFileSync(path.join(dir, folder, 'inner.ts'), '');
  }
  return dir;
}

describe('which files are benchmarks', () => {
  test('every top-level .ts and .mjs script except the helpers, subfolders not searched', () => {
    const dir = fakeBench(
      [
        'zeta.ts',
        'alpha.mjs',
        'options.ts',
        'report.ts',
        'run.ts',
        'notes.md',
        'types.d.ts',
        'x.js',
      ],
      ['support', 'crash.ts-folder'],
    );
    expect(discoverBenchmarks(dir)).toEqual(['alpha.mjs', 'zeta.ts']);
  });

  test('the preferred ones first, in their order, then the rest alphabetically', () => {
    const dir = fakeBench(['memory.ts', 'crash.ts', 'content-build.mjs', 'serving.ts', 'http.ts']);
    expect(discoverBenchmarks(dir)).toEqual([
      'serving.ts',
      'http.ts',
      'crash.ts',
      'content-build.mjs',
      'memory.ts',
    ]);
  });

  test('helpers and non-scripts are not benchmarks', () => {
    for (const helper of helperModules) expect(isBenchmarkFile(helper)).toBe(false);
    expect(isBenchmarkFile('report.d.ts')).toBe(false);
    expect(isBenchmarkFile('README.md')).toBe(false);
    expect(isBenchmarkFile('search.ts')).toBe(true);
    expect(isBenchmarkFile('build-time.mjs')).toBe(true);
  });
});

describe('the real bench/ folder', () => {
  const benchDir = path.resolve('bench');
  const found = discoverBenchmarks(benchDir);

  test('every top-level script is either run or a named helper that exists', () => {
    const scripts = readdirSync(benchDir).filter((name) => /\.(ts|mjs)$/.test(name));
    for (const name of scripts)
      expect(found.includes(name) || helperModules.includes(name)).toBe(true);
    for (const helper of helperModules) expect(scripts).toContain(helper);
  });

  test('the preferred order names only benchmarks that exist', () => {
    for (const name of preferredOrder) expect(found).toContain(name);
  });

  test('the helpers are not benchmarks: none of them reports rows', () => {
    for (const helper of helperModules.filter((name) => name !== 'report.ts'))
      expect(readFileSync(path.join(benchDir, helper), 'utf8')).not.toMatch(/\breportRow\(/);
  });
});
