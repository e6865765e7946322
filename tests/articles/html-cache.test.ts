import { expect, test } from 'vitest';
import { getArticleHtml } from '@/lib/articles';
import { articleFile, loadFixture } from '../support/content-fixture';

test('an article pushed out of the bounded HTML cache renders the same HTML again', async () => {
  const files: Record<string, string> = {};
  // More articles than the cache keeps (200), each with its own body.
  for (let i = 0; i < 230; i += 1)
    files[`story-${i}.md`] = articleFile({ title: `Story ${i}` }, `Paragraph number ${i}.\n`);
  const { articles, problems } = loadFixture(files);
  expect(problems).toEqual([]);
  const first = articles[0];
  if (!first) throw new Error('no articles');
  const before = await getArticleHtml(first);
  const all = await Promise.all(articles.map((article) => getArticleHtml(article)));
  expect(
    all.every((html, i) => html.includes(`number ${articles[i]?.title.match(/\d+/)?.[0]}`)),
  ).toBe(true);
  expect(await getArticleHtml(first)).toBe(before);
});
