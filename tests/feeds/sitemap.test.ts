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

/** The sitemap's input as lib/feeds builds it: no translations, every topic in English. */
function input(articles: ReturnType<typeof fixture>, topics = collectTopics(articles)) {
  return {
    baseUrl,
    articles,
    versionsOf: (article: (typeof articles)[number]) => [article],
    sections,
    topics: [{ lang: 'en', topics }],
  };
}

/** The English edition's URLs: those without another edition's prefix. */
function english(url: string): boolean {
  return !/^\/(ckb|kmr|ar|tr)(\/|$)/.test(url.slice(baseUrl.length));
}

const sections = [
  { slug: 'iraq', name: 'Iraq' },
  { slug: 'world', name: 'World' },
  { slug: 'sport', name: 'Sport' },
];

describe('buildSitemap', () => {
  test('lists the front page, every article, section and topic as absolute URLs', () => {
    const articles = fixture();
    const entries = buildSitemap(input(articles));
    expect(entries.map((entry) => entry.url).filter(english)).toEqual([
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
      buildSitemap(input(articles))
        .filter((entry) => english(entry.url))
        .map((entry) => [entry.url.slice(baseUrl.length), entry.lastModified]),
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
    const [front] = buildSitemap(input(articles, []));
    expect(front?.lastModified).toBe('2025-04-25T23:30:00Z');
  });

  test("every edition's front page and sections are listed, each with the others as alternates", () => {
    const entries = buildSitemap(input(fixture()));
    const sorani = entries.find((entry) => entry.url === `${baseUrl}/ckb`);
    expect(sorani?.lastModified).toBeUndefined(); // no Sorani article in this fixture
    expect(sorani?.alternates?.languages).toEqual({
      en: `${baseUrl}/`,
      ckb: `${baseUrl}/ckb`,
      kmr: `${baseUrl}/kmr`,
      ar: `${baseUrl}/ar`,
      tr: `${baseUrl}/tr`,
      'x-default': `${baseUrl}/`,
    });
    expect(entries.map((entry) => entry.url)).toContain(`${baseUrl}/ar/sections/world`);
  });

  test("an article's versions in other languages are its alternates, with x-default", () => {
    const { articles } = loadFixture({
      'meeting.md': articleFile({ story: 'meeting' }),
      'meeting-ckb.md': articleFile({ story: 'meeting', lang: 'ckb', title: 'کۆبوونەوە' }),
      'alone.md': articleFile({ date: '2025-01-01' }),
    });
    const entries = buildSitemap({
      ...input(articles),
      versionsOf: (article) => articles.filter((other) => other.story === article.story),
    });
    const sorani = entries.find((entry) => entry.url === `${baseUrl}/ckb/articles/meeting-ckb`);
    expect(sorani?.alternates?.languages).toEqual({
      en: `${baseUrl}/articles/meeting`,
      ckb: `${baseUrl}/ckb/articles/meeting-ckb`,
      'x-default': `${baseUrl}/articles/meeting`,
    });
    const alone = entries.find((entry) => entry.url === `${baseUrl}/articles/alone`);
    expect(alone).toBeDefined();
    expect(alone?.alternates).toBeUndefined();
  });
});
