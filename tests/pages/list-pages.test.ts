import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, expect, test, vi } from 'vitest';
import { articleFile } from '../support/content-fixture';

// A content folder of known size: in English 45 Iraq articles (all tagged Oil, the newest 25
// also United States) and 5 World ones (Diplomacy); in Arabic 3 Iraq articles (نفط).
const root = mkdtempSync(path.join(tmpdir(), 'list-pages-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(path.join(root, 'articles'));
writeFileSync(
  path.join(root, 'sections.yaml'),
  `- slug: iraq
  name: Iraq
  names: { ar: العراق }
- slug: world
  name: World
`,
);

function write(slug: string, fields: Record<string, string>) {
  writeFileSync(path.join(root, 'articles', `${slug}.md`), articleFile(fields));
}

/** The nth day of 2025, so the higher numbered article is the newer. */
const day = (n: number) => new Date(Date.UTC(2025, 0, n)).toISOString().slice(0, 10);
for (let i = 1; i <= 45; i += 1) {
  write(`iraq-${String(i).padStart(2, '0')}`, {
    date: day(i),
    section: 'iraq',
    tags: i > 20 ? '[Oil, United States]' : '[Oil]',
  });
}
for (let i = 1; i <= 5; i += 1)
  write(`world-${i}`, { date: day(i), section: 'world', tags: '[Diplomacy]' });
for (let i = 1; i <= 3; i += 1)
  write(`iraq-ar-${i}`, { date: day(i), section: 'iraq', lang: 'ar', tags: '[نفط]' });

/**
 * lib/pages/list-pages.ts as a fresh process with these settings sees it. `next dev` mode:
 * the production catalog's cut-off for embargoed articles is a Next.js cache function that
 * runs only inside Next.js; no fixture article is a draft or future-dated, so both agree.
 */
async function listPages(prerenderArticles?: number) {
  vi.resetModules();
  vi.stubEnv('NODE_ENV', 'development');
  vi.stubEnv('CONTENT_DIR', root);
  if (prerenderArticles !== undefined) vi.stubEnv('PRERENDER_ARTICLES', String(prerenderArticles));
  return import('@/lib/pages/list-pages');
}

afterEach(() => {
  vi.unstubAllEnvs();
});

const pages = (...numbers: number[]) => numbers.map((n) => ({ n: String(n) }));

test('with the default budget (200), every later page of every list this small is prerendered', async () => {
  const lists = await listPages();
  // 50 English articles at 20 a page: pages 2 and 3; Arabic's 3 and Turkish's none: no later page.
  expect(await lists.frontPageParams('en')).toEqual(pages(2, 3));
  expect(await lists.frontPageParams('ar')).toEqual([]);
  expect(await lists.frontPageParams('tr')).toEqual([]);
  expect(await lists.sectionPageParams('en')).toEqual([
    { section: 'iraq', n: '2' },
    { section: 'iraq', n: '3' },
  ]);
  expect(await lists.sectionPageParams('ar')).toEqual([]);
  // Most used first.
  expect(await lists.topicParams('en')).toEqual([
    { tag: 'oil' },
    { tag: 'united-states' },
    { tag: 'diplomacy' },
  ]);
  expect(await lists.topicParams('ar')).toEqual([{ tag: 'نفط' }]);
  expect(await lists.topicPageParams('en')).toEqual([
    { tag: 'oil', n: '2' },
    { tag: 'oil', n: '3' },
    { tag: 'united-states', n: '2' },
  ]);
});

test('PRERENDER_ARTICLES: list pages are prerendered when they show one of the newest articles', async () => {
  // The newest 21 English articles are Iraq's 25th to 45th, all tagged Oil and United States:
  // page 2 of each of those lists shows one of them, page 3 none.
  const at21 = await listPages(21);
  expect(await at21.frontPageParams('en')).toEqual(pages(2));
  expect(await at21.sectionPageParams('en')).toEqual([{ section: 'iraq', n: '2' }]);
  expect(await at21.topicPageParams('en')).toEqual([
    { tag: 'oil', n: '2' },
    { tag: 'united-states', n: '2' },
  ]);

  // A page's worth: only first pages.
  const at20 = await listPages(20);
  expect(await at20.frontPageParams('en')).toEqual([]);
  expect(await at20.sectionPageParams('en')).toEqual([]);
  expect(await at20.topicPageParams('en')).toEqual([]);

  // Topics' first pages do not depend on it: the most used ones are prerendered, up to
  // prerenderedTopics, even a topic none of the newest articles has (Diplomacy).
  const at1 = await listPages(1);
  expect(at1.prerenderedTopics).toBe(50);
  expect(await at1.topicParams('en')).toEqual([
    { tag: 'oil' },
    { tag: 'united-states' },
    { tag: 'diplomacy' },
  ]);
});

test('getSectionPage: a page of the section in its edition, undefined past the end', async () => {
  const { getSectionPage } = await listPages();
  const first = await getSectionPage('iraq', 'en');
  expect(first?.section.name).toBe('Iraq');
  expect(first?.page.page).toBe(1);
  expect(first?.page.totalPages).toBe(3);
  // Newest first: the last written is first.
  expect(first?.page.items.map((article) => article.slug).slice(0, 2)).toEqual([
    'iraq-45',
    'iraq-44',
  ]);
  expect(first?.page.items).toHaveLength(20);
  const last = await getSectionPage('iraq', 'en', '3');
  expect(last?.page.items.map((article) => article.slug)).toEqual([
    'iraq-05',
    'iraq-04',
    'iraq-03',
    'iraq-02',
    'iraq-01',
  ]);
  expect(await getSectionPage('iraq', 'en', '4')).toBeUndefined();
  expect(await getSectionPage('iraq', 'en', '02')).toBeUndefined();
  expect(await getSectionPage('iraq', 'en', '0')).toBeUndefined();
  expect(await getSectionPage('nowhere', 'en')).toBeUndefined();

  const arabic = await getSectionPage('iraq', 'ar');
  expect(arabic?.section.name).toBe('العراق');
  expect(arabic?.page).toMatchObject({ page: 1, totalPages: 1 });
  expect(arabic?.page.items.map((article) => article.lang)).toEqual(['ar', 'ar', 'ar']);
  // A section with no article in an edition still has its (empty) first page.
  expect(await getSectionPage('world', 'ar')).toMatchObject({
    page: { items: [], page: 1, totalPages: 1 },
  });
});

test('getTopicPage: decodes the slug, pages the topic, and a malformed or unknown one is undefined', async () => {
  const { getTopicPage } = await listPages();
  const states = await getTopicPage('united-states', 'en', '2');
  expect(states?.topic).toEqual({ slug: 'united-states', name: 'United States', count: 25 });
  expect(states?.page).toMatchObject({ page: 2, totalPages: 2 });
  expect(states?.page.items).toHaveLength(5);
  expect(await getTopicPage('united-states', 'en', '3')).toBeUndefined();

  const oil = await getTopicPage(encodeURIComponent('نفط'), 'ar');
  expect(oil?.topic).toEqual({ slug: 'نفط', name: 'نفط', count: 3 });
  expect(oil?.page.items).toHaveLength(3);
  expect(await getTopicPage('%E0%A4%A', 'ar')).toBeUndefined();
  // Topics belong to an edition.
  expect(await getTopicPage('oil', 'ar')).toBeUndefined();
  expect(await getTopicPage('no-such-topic', 'en')).toBeUndefined();
});
