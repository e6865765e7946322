import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import * as z from 'zod';

const root = mkdtempSync(path.join(tmpdir(), 'corpus-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function generate(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/generate-corpus.mjs', ...args], {
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file of a generated folder, by its path inside it. */
function contents(folder: string): Record<string, string> {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
  return Object.fromEntries(
    files.sort().map((file) => [file, readFileSync(path.join(folder, file), 'utf8')]),
  );
}

test('the same seed writes the same bytes; another seed other articles', () => {
  const [first, second, other] = ['a', 'b', 'c'].map((name) => path.join(root, name));
  for (const [out, seed] of [
    [first, '-7'],
    [second, '-7'],
    [other, '8'],
  ] as const) {
    const { status, stdout } = generate('--count', '40', '--out', out ?? '', '--seed', seed);
    expect(status).toBe(0);
    expect(stdout).toMatch(new RegExp(`^wrote 40 articles to ${out} in \\d+ ms\\n$`));
  }
  const a = contents(first ?? '');
  expect(contents(second ?? '')).toEqual(a);
  const articles = (files: Record<string, string>) =>
    Object.keys(files).filter((file) => file.startsWith('articles/'));
  expect(articles(a)).toHaveLength(40);
  expect(articles(contents(other ?? ''))).not.toEqual(articles(a));
  // The word lists are read from scripts/corpus-words.json: every source comes from it.
  const words = z
    .object({ sources: z.array(z.string()) })
    .parse(JSON.parse(readFileSync('scripts/corpus-words.json', 'utf8')));
  for (const file of articles(a)) {
    const source = /^source: "([^"\n]+)"$/m.exec(a[file] ?? '')?.[1];
    expect(words.sources).toContain(source);
  }
}, 30_000);

test('the generated corpus passes content:check', () => {
  const out = path.join(root, 'checked');
  expect(generate('--count=25', `--out=${out}`).status).toBe(0);
  const check = spawnSync(
    'node_modules/.bin/tsx',
    ['--conditions=react-server', 'scripts/check-content.ts'],
    { env: { ...process.env, CONTENT_DIR: out }, encoding: 'utf8' },
  );
  expect(check.stderr).toBe('');
  expect(check.stdout).toBe('content:check: 25 articles, no problems.\n');
}, 30_000);

test('a flag it does not know, a stray argument or a bad value is an error naming it', () => {
  const out = path.join(root, 'bad');
  const first = (args: string[]) => {
    const { status, stderr } = generate(...args);
    return [status, stderr.split('\n')[0]];
  };
  expect(first(['--count', '5', '--out', out, '--sead', '3'])).toEqual([
    1,
    "generate-corpus: Unknown option '--sead'",
  ]);
  expect(first(['--count', '5', '--out', out, 'extra'])).toEqual([
    1,
    "generate-corpus: Unexpected argument 'extra'. This command does not take positional arguments",
  ]);
  expect(first(['--count', '5', '--count', '6', '--out', out])).toEqual([
    1,
    'generate-corpus: --count is given twice',
  ]);
  expect(first(['--count', 'many', '--out', out])).toEqual([
    1,
    'generate-corpus: --count must be a positive integer, got "many"',
  ]);
  expect(first(['--count', '5'])).toEqual([1, 'generate-corpus: --out is required']);
  expect(generate('--help')).toMatchObject({
    status: 0,
    stdout: expect.stringMatching(/^Usage: node scripts\/generate-corpus\.mjs --count <n>/),
  });
});
