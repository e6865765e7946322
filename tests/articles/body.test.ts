import { rmSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { readArticleBody } from '@/lib/articles/load';
import { articleFile, loadFixture } from '../support/content-fixture';

const body = 'ERBIL, Kurdistan Region - The talks resumed.\n\n## Energy\n\nGas came up.\n';

test('the body is not kept with the article but read from its file, exactly as written', () => {
  const { articles, problems } = loadFixture({ 'talks.md': articleFile({}, body) });
  expect(problems).toEqual([]);
  const [article] = articles;
  if (!article) throw new Error('no article');
  expect(article).not.toHaveProperty('body');
  // articleFile leaves a blank line after the closing ---; it is part of the body as written.
  expect(readArticleBody(article)).toBe(`\n${body}`);
  // The summary is still made from the body when loading.
  expect(article.summary).toBe('ERBIL, Kurdistan Region - The talks resumed.');
});

test('a file that is gone or no longer an article is an error that names it', () => {
  const { articles } = loadFixture({ 'talks.md': articleFile({}, body) });
  const [article] = articles;
  if (!article) throw new Error('no article');
  writeFileSync(article.path, 'no front matter any more');
  expect(() => readArticleBody(article)).toThrow(/talks\.md: front matter: missing/);
  rmSync(article.path);
  expect(() => readArticleBody(article)).toThrow(/talks\.md/);
});
