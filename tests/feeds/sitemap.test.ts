import { describe, expect, test } from 'vitest';
import { buildSitemap } from '@/lib/feeds';
import { collectTopics } from '@/lib/articles/collections';
import { articleFile, loadFixture } from '../support/content-fixture';

const baseUrl = 'https://news.example.com';

function fixture() {
  const { articles, problems, sectionProblems } = loadFixture({
    'newer.md': articleFile({ date: '2025-04-26T09:30:00+03:00', tags: '[United States]' }),
    'older.md': articleFile({
      date: '2025-03-01',
      updated: '2025-05-02',
      section: 'world',
      tags: '[United States, Energy]',
    }),
    'oldest.md': articleFile({ date: '2025-01-10', tags: '[Kurdî]' }),
  });
  expect([...problems, ...sectionProblems]).toEqual([]);
  return articles;
}

const sections = [
  { slug: 'iraq', name: 'Iraq' },
  { slug: 'world', name: 'World' },
  { slug: 'sport', name: 'Sport' },
];

describe('buildSitemap', () => {
  test('lists the front page, every article, section and topic as absolute URLs', () => {
    const articles = fixture();
    const entries = buildSitemap({ baseUrl, articles, sections, topics: collectTopics(articles) });
    expect(entries.map((entry) => entry.url)).toEqual([
      `${baseUrl}/`,
      `${baseUrl}/articles/newer`,
      `${baseUrl}/articles/older`,
      `${baseUrl}/articles/oldest`,
      `${baseUrl}/sections/iraq`,
      `${baseUrl}/sections/world`,
      `${baseUrl}/sections/sport`,
      `${baseUrl}/topics/united-states`,
      `${baseUrl}/topics/energy`,
      // Non-Latin topic slugs are percent-encoded, as a URL in XML must be.
      `${baseUrl}/topics/kurd%C3%AE`,
    ]);
  });

  test('dates each page by its newest publication or update', () => {
    const articles = fixture();
    const lastModified = Object.fromEntries(
      buildSitemap({ baseUrl, articles, sections, topics: collectTopics(articles) }).map(
        (entry) => [entry.url.slice(baseUrl.length), entry.lastModified],
      ),
    );
    expect(lastModified).toEqual({
      '/': '2025-05-02',
      '/articles/newer': '2025-04-26T09:30:00+03:00',
      '/articles/older': '2025-05-02',
      '/articles/oldest': '2025-01-10',
      '/sections/iraq': '2025-04-26T09:30:00+03:00',
      '/sections/world': '2025-05-02',
      // A section with nothing in it yet has no date to offer.
      '/sections/sport': undefined,
      '/topics/united-states': '2025-05-02',
      '/topics/energy': '2025-05-02',
      '/topics/kurd%C3%AE': '2025-01-10',
    });
  });

  test('compares dates as moments, not as text', () => {
    const { articles } = loadFixture({
      // 01:00 on the 26th at +03:00 is 22:00 UTC on the 25th: earlier, though it sorts later as text.
      'early.md': articleFile({ date: '2025-04-26T01:00:00+03:00' }),
      'midnight.md': articleFile({ date: '2025-04-25T23:30:00Z' }),
    });
    const [front] = buildSitemap({ baseUrl, articles, sections, topics: [] });
    expect(front?.lastModified).toBe('2025-04-25T23:30:00Z');
  });
});
