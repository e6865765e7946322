import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadArticles, startArticleLoad } from '@/lib/articles/load';
import { loadSections } from '@/lib/sections';
import { articleFile, sectionsYaml } from '../support/content-fixture';

const root = mkdtempSync(path.join(tmpdir(), 'article-load-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const folder = path.join(root, 'articles');
mkdirSync(folder);
writeFileSync(path.join(root, 'sections.yaml'), sectionsYaml);
for (let i = 1; i <= 7; i += 1)
  writeFileSync(path.join(folder, `story-${i}.md`), articleFile({ title: `Story ${i}` }));
writeFileSync(path.join(folder, 'broken.md'), articleFile({ date: '26-04-2025' }));
writeFileSync(path.join(folder, 'notes.txt'), 'not an article');
const { sections } = loadSections(path.join(root, 'sections.yaml'));

test('a load read a few files at a time gives what one read gives, problems included', () => {
  const whole = loadArticles(sections, folder);
  const load = startArticleLoad(sections, folder);
  const turns: boolean[] = [];
  for (let done = false; !done;) turns.push((done = load.readSome(3)));
  // Nine entries, three a turn.
  expect(turns).toEqual([false, false, true]);
  const stepped = load.finish();
  expect(stepped).toEqual(whole);
  expect(stepped.articles).toHaveLength(7);
  expect(stepped.problems.map((problem) => [path.basename(problem.file), problem.field])).toEqual([
    ['broken.md', 'date'],
    ['notes.txt', 'file'],
  ]);
  // The same result, not a second read.
  expect(load.finish()).toBe(stepped);
});

test('finish reads whatever the turns have not read yet', () => {
  const load = startArticleLoad(sections, folder);
  expect(load.readSome(2)).toBe(false);
  expect(load.finish().articles).toHaveLength(7);
});
