// A listed article must not keep its file's text in memory: a 10,000-article site lists every
// article for as long as it runs, and a field that is a slice of the file's text (V8 keeps the
// whole string alive for any slice of it) would hold every body ever read.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { articleFile, sectionsYaml } from '../support/content-fixture';

const root = mkdtempSync(path.join(tmpdir(), 'article-memory-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const files = 20;
// About 1 MB of body per file, so 20 files kept alive would be some 20 MB of heap.
const rest = 'word '.repeat(200_000);
const body = `A first paragraph long enough to become the summary of the article.\n\n${rest}\n`;

/** Heap still in use after loading the folder and a full collection, in bytes. */
function retainedAfterLoading(
  fields: Record<string, string | null>,
  text = body,
  name = 'plain',
): number {
  const folder = path.join(root, name);
  mkdirSync(path.join(folder, 'articles'), { recursive: true });
  writeFileSync(path.join(folder, 'sections.yaml'), sectionsYaml);
  for (let n = 0; n < files; n++)
    writeFileSync(
      path.join(folder, 'articles', `article-${n}.md`),
      articleFile({ title: `Article number ${n} with a title of some length`, ...fields }, text),
    );
  const script = `
    const { loadArticles } = await import(${JSON.stringify(path.resolve('lib/articles/load.ts'))});
    const { loadSections } = await import(${JSON.stringify(path.resolve('lib/sections/index.ts'))});
    const sections = loadSections(${JSON.stringify(path.join(folder, 'sections.yaml'))}).sections;
    globalThis.gc();
    const before = process.memoryUsage().heapUsed;
    const { articles, problems } = loadArticles(sections, ${JSON.stringify(path.join(folder, 'articles'))});
    globalThis.gc();
    const retained = process.memoryUsage().heapUsed - before;
    console.log(JSON.stringify({ listed: articles.length, problems, retained, kept: articles.map((a) => a.title + a.summary).join('').length }));
  `;
  const run = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--conditions=react-server',
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      script,
    ],
    { encoding: 'utf8' },
  );
  expect(run.stderr).toBe('');
  const result = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as {
    listed: number;
    problems: unknown[];
    retained: number;
  };
  expect(result.problems).toEqual([]);
  expect(result.listed).toBe(files);
  return result.retained;
}

test('articles whose summary comes from the body keep no file text alive', () => {
  expect(retainedAfterLoading({})).toBeLessThan(4 * 1024 * 1024);
});

test('a summary that is the first paragraph as written (no spaces to tidy) is a copy too', () => {
  // Text without spaces (a URL, a long compound) comes out of the plain-text pass unchanged,
  // which made it a slice of the file's text.
  const unbroken = `${'Halabja'.repeat(12)}\n\n${rest}\n`;
  expect(retainedAfterLoading({}, unbroken, 'unbroken')).toBeLessThan(4 * 1024 * 1024);
});

test('articles with a written summary keep no file text alive', () => {
  expect(
    retainedAfterLoading(
      { summary: 'A summary the editor wrote for this article, in full.' },
      body,
      'written',
    ),
  ).toBeLessThan(4 * 1024 * 1024);
});
