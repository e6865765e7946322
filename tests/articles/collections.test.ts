import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { indexCollections } from '@/lib/articles/collections';
import type { Article } from '@/lib/articles/load';
import { tagSlug } from '@/lib/articles/tags';
import { articleFile, loadFixture } from '../support/content-fixture';

/** Loads the files and orders them newest first, as the catalog hands them to the index. */
function articles(files: Record<string, string>): Article[] {
  const loaded = loadFixture(files);
  expect(loaded.problems).toEqual([]);
  return loaded.articles.sort((a, b) => b.publishedAt - a.publishedAt);
}

const slugs = (list: readonly Article[]) => list.map((article) => article.slug);

describe('indexCollections', () => {
  const list = articles({
    'a.md': articleFile({ date: '2025-05-05', tags: '[Oil, Erbil, Budget]' }),
    'b.md': articleFile({ date: '2025-05-04', tags: '[Oil, Erbil]', section: 'world' }),
    'c.md': articleFile({ date: '2025-05-03', tags: '[oil]' }),
    'd.md': articleFile({ date: '2025-05-02', tags: '[Erbil, Budget, Oil]' }),
    'e.md': articleFile({ date: '2025-05-01', tags: '[Sport]' }),
    'f.md': articleFile({ date: '2025-04-30', tags: '[Iraq, iraq]', section: 'world' }),
  });
  const byId = (slug: string) => list.find((article) => article.slug === slug) as Article;
  const grouped = indexCollections(list);

  test('a section lists its articles newest first; an unknown one is empty', () => {
    expect(slugs(grouped.inSection('iraq'))).toEqual(['a', 'c', 'd', 'e']);
    expect(slugs(grouped.inSection('world'))).toEqual(['b', 'f']);
    expect(grouped.inSection('sport')).toEqual([]);
  });

  test('topics are counted per article, most used first, named by their commonest spelling', () => {
    expect(grouped.topics).toEqual([
      { slug: 'oil', name: 'Oil', count: 4 },
      { slug: 'erbil', name: 'Erbil', count: 3 },
      { slug: 'budget', name: 'Budget', count: 2 },
      // Tagged "Iraq" and "iraq": one article, counted once; a tie of spellings goes to the
      // first in collation order.
      { slug: 'iraq', name: 'iraq', count: 1 },
      { slug: 'sport', name: 'Sport', count: 1 },
    ]);
  });

  test('a topic has its articles newest first; a topic no article has is undefined', () => {
    expect(slugs(grouped.topic('oil')?.articles ?? [])).toEqual(['a', 'b', 'c', 'd']);
    expect(grouped.topic('iraq')?.articles.map((a) => a.slug)).toEqual(['f']);
    expect(grouped.topic('kirkuk')).toBeUndefined();
  });

  test('related reading ranks by topics shared, then by recency, never the article itself', () => {
    // d shares oil, erbil and budget with a; b shares two; c one.
    expect(slugs(grouped.relatedTo(byId('a'), 4))).toEqual(['d', 'b', 'c']);
    expect(slugs(grouped.relatedTo(byId('a'), 2))).toEqual(['d', 'b']);
    expect(grouped.relatedTo(byId('e'), 4)).toEqual([]);
  });

  test('section neighbours are the next newer and older article of the same section', () => {
    expect(grouped.neighboursInSection(byId('c'))).toEqual({ newer: byId('a'), older: byId('d') });
    expect(grouped.neighboursInSection(byId('a')).newer).toBeUndefined();
    expect(grouped.neighboursInSection(byId('f'))).toEqual({ newer: byId('b'), older: undefined });
  });

  test('an article from another read of the same files (next dev) is found by its slug', () => {
    const copy = { ...byId('c') };
    expect(grouped.neighboursInSection(copy)).toEqual({ newer: byId('a'), older: byId('d') });
    expect(slugs(grouped.relatedTo(copy, 4))).toEqual(['a', 'b', 'd']);
  });
});

test('related reading is the top of the full ranking, for any tags and any limit', () => {
  // The one-pass selection against the plain definition: every other article sharing a topic,
  // sorted by topics shared, then recency, then list order.
  const tagNames = ['Oil', 'oil', 'Erbil', 'Budget', 'Sport', 'Iraq', 'Water', 'Dams'];
  fc.assert(
    fc.property(
      fc.array(
        fc.record({
          day: fc.integer({ min: 1, max: 5 }),
          tags: fc.uniqueArray(fc.constantFrom(...tagNames), { maxLength: 4 }),
        }),
        { minLength: 1, maxLength: 14 },
      ),
      fc.integer({ min: 0, max: 6 }),
      (drafts, limit) => {
        const files = Object.fromEntries(
          drafts.map((draft, n) => [
            `a${n}.md`,
            articleFile({ date: `2025-05-0${draft.day}`, tags: `[${draft.tags.join(', ')}]` }),
          ]),
        );
        const list = articles(files);
        const grouped = indexCollections(list);
        const topicsOf = (article: Article) => new Set(article.tags.map(tagSlug));
        for (const article of list) {
          const mine = topicsOf(article);
          const expected = list
            .map((other, index) => ({
              other,
              index,
              shared: [...topicsOf(other)].filter((slug) => mine.has(slug)).length,
            }))
            .filter(({ other, shared }) => other.slug !== article.slug && shared > 0)
            .sort(
              (a, b) =>
                b.shared - a.shared ||
                b.other.publishedAt - a.other.publishedAt ||
                a.index - b.index,
            )
            .slice(0, limit)
            .map(({ other }) => other.slug);
          expect(slugs(grouped.relatedTo(article, limit))).toEqual(expected);
        }
      },
    ),
    { numRuns: 200 },
  );
});
