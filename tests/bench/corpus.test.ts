import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { ensureCorpus } from '@/bench/content/site.mjs';

let corpus: string | undefined;
afterEach(() => {
  if (corpus) rmSync(corpus, { recursive: true, force: true });
  corpus = undefined;
});

test('a generated corpus is reused while its generator and size are unchanged', () => {
  corpus = mkdtempSync(path.join(tmpdir(), 'bench-corpus-'));
  const articles = path.join(corpus, 'articles');
  ensureCorpus(corpus, 3);
  expect(readdirSync(articles)).toHaveLength(3);

  // A file the generator would remove shows whether it ran again.
  writeFileSync(path.join(articles, 'left-by-hand.md'), 'not generated');
  ensureCorpus(corpus, 3);
  expect(readdirSync(articles)).toContain('left-by-hand.md');

  // Another size, or a stamp from another generator: generated again.
  ensureCorpus(corpus, 4);
  expect(readdirSync(articles).sort()).not.toContain('left-by-hand.md');
  expect(readdirSync(articles)).toHaveLength(4);
  writeFileSync(path.join(articles, 'left-by-hand.md'), 'not generated');
  writeFileSync(path.join(corpus, '.generator-stamp'), 'an older generator');
  ensureCorpus(corpus, 4);
  expect(readdirSync(articles)).not.toContain('left-by-hand.md');
});
