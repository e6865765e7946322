import { describe, expect, test } from 'vitest';
import { buildCatalog } from '@/lib/articles/catalog';
import { articleFile, loadFixture } from '../support/content-fixture';

function fixture() {
  const { articles, problems } = loadFixture({
    'older.md': articleFile({ date: '2025-01-10' }),
    'newer.md': articleFile({ date: '2025-04-26T09:00:00+03:00', aliases: '[old-newer-url]' }),
    'same-day-b.md': articleFile({ date: '2025-03-01' }),
    'same-day-a.md': articleFile({ date: '2025-03-01' }),
    'draft.md': articleFile({ date: '2025-02-01', draft: 'true', aliases: '[old-draft-url]' }),
    'embargoed.md': articleFile({ date: '2030-01-01' }),
  });
  expect(problems).toEqual([]);
  return articles;
}

const now = Date.UTC(2026, 0, 1);

describe('catalog', () => {
  test('lists newest first, ties by slug', () => {
    const catalog = buildCatalog(fixture(), { includeUnpublished: false, now });
    expect(catalog.articles.map((a) => a.slug)).toEqual([
      'newer',
      'same-day-a',
      'same-day-b',
      'older',
    ]);
  });

  test('leaves drafts and future-dated articles out of production', () => {
    const catalog = buildCatalog(fixture(), { includeUnpublished: false, now });
    expect(catalog.bySlug.has('draft')).toBe(false);
    expect(catalog.bySlug.has('embargoed')).toBe(false);
    expect(catalog.byAlias.has('old-draft-url')).toBe(false);
  });

  test('shows drafts and future-dated articles in development', () => {
    const catalog = buildCatalog(fixture(), { includeUnpublished: true, now });
    expect(catalog.articles.map((a) => a.slug)).toEqual([
      'embargoed',
      'newer',
      'same-day-a',
      'same-day-b',
      'draft',
      'older',
    ]);
  });

  test('an embargoed article appears once its time has come', () => {
    const catalog = buildCatalog(fixture(), {
      includeUnpublished: false,
      now: Date.UTC(2030, 0, 1),
    });
    expect(catalog.articles[0]?.slug).toBe('embargoed');
  });

  test('finds an article by an old slug', () => {
    const catalog = buildCatalog(fixture(), { includeUnpublished: false, now });
    expect(catalog.byAlias.get('old-newer-url')?.slug).toBe('newer');
    expect(catalog.byAlias.get('newer')).toBeUndefined();
  });

  test("indexes a story's published versions in the editions' order", () => {
    const { articles, problems } = loadFixture({
      'meeting-ar.md': articleFile({ story: 'meeting', lang: 'ar', date: '2025-04-25' }),
      'meeting.md': articleFile({ story: 'meeting', date: '2025-04-27' }),
      'meeting-ckb.md': articleFile({ story: 'meeting', lang: 'ckb' }),
      'meeting-tr.md': articleFile({ story: 'meeting', lang: 'tr', draft: 'true' }),
    });
    expect(problems).toEqual([]);
    const catalog = buildCatalog(articles, { includeUnpublished: false, now });
    expect(catalog.byStory.get('meeting')?.map((a) => a.slug)).toEqual([
      'meeting',
      'meeting-ckb',
      'meeting-ar',
    ]);
  });
});
