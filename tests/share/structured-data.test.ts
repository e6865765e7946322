import { expect, test } from 'vitest';
import type { Article } from '@/lib/articles';
import { getSite } from '@/lib/site/config';
import { newsArticleData, serializeJsonLd, webSiteData } from '@/lib/share/structured-data';
import { articleFile, loadFixture } from '../support/content-fixture';
import { jsonLdSchema, newsArticleSchema, readJsonLd, webSiteSchema } from '../support/json-ld';

const section = { slug: 'iraq', name: 'Iraq' };
const image = { url: 'https://news.example.com/og/a', width: 1200, height: 630 };

function articles(files: Record<string, string>): Article[] {
  const { articles, problems } = loadFixture(files);
  expect(problems).toEqual([]);
  return articles;
}

function only(files: Record<string, string>): Article {
  const [article] = articles(files);
  if (!article) throw new Error('the fixture has no article');
  return article;
}

/** What the page prints, read back the way a search engine reads it. */
function printed(data: object): unknown {
  return JSON.parse(serializeJsonLd(data));
}

test('a NewsArticle parses with the schema and carries the article', () => {
  const article = only({
    'hussein-rubio.md': articleFile({
      author: 'Jane Doe',
      dateline: 'ERBIL, Kurdistan Region',
      summary: 'The two met in Washington.',
      tags: '[Diplomacy, Energy]',
      date: '2025-04-26T09:30+03:00',
      updated: '2025-04-27T10:00:00Z',
    }),
  });
  const data = newsArticleSchema.parse(
    printed(newsArticleData(article, { section, image, commentCount: 3, translations: [] })),
  );
  const base = getSite().baseUrl;
  expect(data).toEqual({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Hussein, Rubio discuss ties',
    description: 'The two met in Washington.',
    datePublished: '2025-04-26T09:30+03:00',
    dateModified: '2025-04-27T10:00:00Z',
    author: { '@type': 'Person', name: 'Jane Doe' },
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: getSite().name,
      url: base,
      logo: { '@type': 'ImageObject', url: `${base}/logo.png`, width: '600', height: '60' },
    },
    image: [{ '@type': 'ImageObject', url: image.url, width: '1200', height: '630' }],
    articleSection: 'Iraq',
    keywords: 'Diplomacy, Energy',
    inLanguage: 'en',
    dateline: 'ERBIL, Kurdistan Region',
    mainEntityOfPage: { '@type': 'WebPage', '@id': `${base}/articles/hussein-rubio` },
    url: `${base}/articles/hussein-rubio`,
    commentCount: 3,
  });
});

test('with no author the source is the Organization, and an unchanged article was modified when published', () => {
  const article = only({ 'plain.md': articleFile({ section: 'world' }) });
  const data = newsArticleSchema.parse(
    printed(
      newsArticleData(article, { section: undefined, image, commentCount: 0, translations: [] }),
    ),
  );
  expect(data.author).toEqual({ '@type': 'Organization', name: 'Rudaw' });
  expect(data.dateModified).toBe(data.datePublished);
  // No section config found: the front matter's slug stands in.
  expect(data.articleSection).toBe('world');
  expect(data.keywords).toBe('');
  expect(data).not.toHaveProperty('dateline');
});

test('translations: the default edition is the original and lists the others; they name it', () => {
  const versions = articles({
    'ties-en.md': articleFile({ story: 'ties', lang: 'en' }),
    'ties-ar.md': articleFile({ story: 'ties', lang: 'ar', title: 'علاقات' }),
    'ties-tr.md': articleFile({ story: 'ties', lang: 'tr', title: 'İlişkiler' }),
  });
  const bySlug = (slug: string) => {
    const found = versions.find((version) => version.slug === slug);
    if (!found) throw new Error(`no ${slug}`);
    return found;
  };
  const english = bySlug('ties-en');
  const arabic = bySlug('ties-ar');
  const turkish = bySlug('ties-tr');
  const base = getSite().baseUrl;
  const context = (translations: Article[]) => ({ section, image, commentCount: 0, translations });

  const original = newsArticleSchema.parse(
    printed(newsArticleData(english, context([arabic, turkish]))),
  );
  expect(original.translationOfWork).toBeUndefined();
  expect(original.workTranslation).toEqual([
    {
      '@type': 'NewsArticle',
      '@id': `${base}/ar/articles/ties-ar`,
      inLanguage: 'ar',
      headline: 'علاقات',
    },
    {
      '@type': 'NewsArticle',
      '@id': `${base}/tr/articles/ties-tr`,
      inLanguage: 'tr',
      headline: 'İlişkiler',
    },
  ]);

  const translation = newsArticleSchema.parse(
    printed(newsArticleData(arabic, context([english, turkish]))),
  );
  expect(translation.workTranslation).toBeUndefined();
  expect(translation.translationOfWork).toEqual({
    '@type': 'NewsArticle',
    '@id': `${base}/articles/ties-en`,
    inLanguage: 'en',
    headline: 'Hussein, Rubio discuss ties',
  });
});

test('a WebSite parses with the schema, with its search URL for the edition', () => {
  const base = getSite().baseUrl;
  expect(webSiteSchema.parse(printed(webSiteData('en')))).toEqual({
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: getSite().name,
    url: `${base}/`,
    inLanguage: 'en',
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${base}/search?q={search_term_string}` },
    },
  });
  expect(webSiteSchema.parse(printed(webSiteData('ckb'))).potentialAction.target.urlTemplate).toBe(
    `${base}/ckb/search?q={search_term_string}`,
  );
});

test('the schemas fail on an unknown or misspelt key, a missing one, and a date that is not ISO', () => {
  const article = only({ 'a.md': articleFile() });
  const good = newsArticleSchema.parse(
    printed(newsArticleData(article, { section, image, commentCount: 0, translations: [] })),
  );

  expect(newsArticleSchema.safeParse({ ...good, commentcount: 0 }).success).toBe(false);
  const headless = Object.fromEntries(Object.entries(good).filter(([key]) => key !== 'headline'));
  expect(newsArticleSchema.safeParse(headless).success).toBe(false);
  expect(newsArticleSchema.safeParse({ ...good, datePublished: '26 April 2025' }).success).toBe(
    false,
  );
  expect(
    newsArticleSchema.safeParse({
      ...good,
      publisher: { ...good.publisher, logo: { ...good.publisher.logo, widht: '600' } },
    }).success,
  ).toBe(false);
  const site = webSiteData('en');
  expect(
    webSiteSchema.safeParse({ ...site, potentialAction: { ...site.potentialAction, query: 'q' } })
      .success,
  ).toBe(false);
  expect(jsonLdSchema.safeParse({ ...site, '@type': 'Organization' }).success).toBe(false);
});

test('readJsonLd parses every block of a page, and a block "<" cannot close', () => {
  const article = only({ 'a.md': articleFile({ title: '"</script><script>alert(1)</script>"' }) });
  const news = newsArticleData(article, { section, image, commentCount: 0, translations: [] });
  const html = [news, webSiteData('en')]
    .map((data) => `<script type="application/ld+json">${serializeJsonLd(data)}</script>`)
    .join('<p>between</p>');
  const blocks = readJsonLd(html);
  expect(blocks.map((block) => block['@type'])).toEqual(['NewsArticle', 'WebSite']);
  expect(blocks[0]).toMatchObject({ headline: '</script><script>alert(1)</script>' });
  expect(() =>
    readJsonLd('<script type="application/ld+json">{"@type":"WebSite"}</script>'),
  ).toThrow();
});
