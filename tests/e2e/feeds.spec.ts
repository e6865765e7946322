import { expect, test, type APIRequestContext } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import * as z from 'zod';

const seedTitle = 'Hussein, Rubio discuss strengthening Iraq-US ties';
const seedPath = '/articles/hussein-rubio-discuss-strengthening-iraq-us-ties';
const rssType = 'application/rss+xml; charset=utf-8';

const parser = new Parser<{ language?: string; lastBuildDate?: string }>();

const sitemapSchema = z.object({
  urlset: z.object({
    url: z.array(z.object({ loc: z.string(), lastmod: z.string().optional() })),
  }),
});

async function readFeed(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toBe(rssType);
  return parser.parseString(await response.text());
}

/** Every URL answers 200 itself (no redirect), a few at a time so the server is not flooded. */
async function expectAllOk(request: APIRequestContext, urls: readonly string[]) {
  const failures: string[] = [];
  for (let start = 0; start < urls.length; start += 6) {
    await Promise.all(
      urls.slice(start, start + 6).map(async (url) => {
        const status = (await request.get(url, { maxRedirects: 0 })).status();
        if (status !== 200) failures.push(`${status} ${url}`);
      }),
    );
  }
  expect(failures).toEqual([]);
}

test('the site feed lists the latest articles, each linking to its page on the site', async ({
  request,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const feed = await readFeed(request, '/feed.xml');
  // The English edition's feed carries the site's name alone.
  expect(feed.title).toBe('Newsroom');
  expect(feed.link).toBe(`${baseURL}/`);
  expect(feed.feedUrl).toBe(`${baseURL}/feed.xml`);
  expect(feed.language).toBe('en');
  expect(feed.items.length).toBeGreaterThan(0);
  expect(feed.items.length).toBeLessThanOrEqual(50);

  const links = feed.items.map((item) => item.link ?? '');
  for (const item of feed.items) {
    expect(item.link?.startsWith(`${baseURL}/articles/`), item.link).toBe(true);
    expect(item.guid).toBe(item.link);
    expect(Number.isNaN(Date.parse(item.pubDate ?? '')), item.link).toBe(false);
    expect(item.categories?.length, item.link).toBeGreaterThan(0);
  }
  // Newest first, and the channel is as new as its newest item (or an update since).
  const published = feed.items.map((item) => Date.parse(item.pubDate ?? ''));
  expect(published).toEqual([...published].sort((a, b) => b - a));
  expect(Date.parse(feed.lastBuildDate ?? '')).toBeGreaterThanOrEqual(published[0] ?? Infinity);
  await expectAllOk(request, links);
});

test('feed images are enclosed with their real type and size', async ({ request, baseURL }) => {
  const feed = await readFeed(request, '/feed.xml');
  const enclosures = feed.items.flatMap((item) => (item.enclosure ? [item.enclosure] : []));
  expect(enclosures.length).toBeGreaterThan(0);
  for (const enclosure of enclosures) {
    expect(enclosure.url.startsWith(`${baseURL}/`), enclosure.url).toBe(true);
    const file = await request.get(enclosure.url);
    expect(file.status(), enclosure.url).toBe(200);
    expect(file.headers()['content-type'], enclosure.url).toBe(enclosure.type);
    expect((await file.body()).length, enclosure.url).toBe(Number(enclosure.length));
  }
});

test('a section has its own feed; an unknown section has none', async ({ request, baseURL }) => {
  const feed = await readFeed(request, '/sections/iraq/feed.xml');
  expect(feed.feedUrl).toBe(`${baseURL}/sections/iraq/feed.xml`);
  expect(feed.title).toContain('Iraq');
  for (const item of feed.items) expect(item.categories?.[0], item.link).toBe('Iraq');

  const seed = feed.items.find((item) => item.title === seedTitle);
  expect(seed?.link).toBe(`${baseURL}${seedPath}`);
  expect(seed?.pubDate).toBe('Sat, 26 Apr 2025 00:00:00 GMT');
  expect(seed?.categories).toEqual([
    'Iraq',
    'United States',
    'Diplomacy',
    'Energy',
    'ISIS',
    'Syria',
  ]);
  expect(seed?.contentSnippet).toMatch(/^Iraqi Foreign Minister Fuad Hussein/);
  await expectAllOk(
    request,
    feed.items.map((item) => item.link ?? ''),
  );

  expect((await request.get('/sections/no-such-section/feed.xml')).status()).toBe(404);
});

test('pages advertise the site feed to browsers and feed readers', async ({
  page,
  request,
  baseURL,
}) => {
  const feed = await readFeed(request, '/feed.xml');
  // Pages that set their own `alternates` (a canonical URL) must pass the feed link on too.
  for (const path of ['/', seedPath]) {
    await page.goto(path);
    const link = page.locator('head link[rel="alternate"][type="application/rss+xml"]').first();
    await expect(link, path).toHaveAttribute('title', feed.title ?? '');
    expect(new URL((await link.getAttribute('href')) ?? '', baseURL).toString(), path).toBe(
      `${baseURL}/feed.xml`,
    );
  }
});

test('the sitemap lists every public page, and every one of them opens', async ({
  request,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('xml');
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const entries = sitemapSchema.parse(
    new XMLParser({ isArray: (name) => name === 'url', parseTagValue: false }).parse(xml),
  ).urlset.url;
  const locs = entries.map((entry) => entry.loc);

  expect(locs).toContain(`${baseURL}/`);
  expect(locs).toContain(`${baseURL}${seedPath}`);
  expect(locs).toContain(`${baseURL}/sections/iraq`);
  expect(locs).toContain(`${baseURL}/topics/united-states`);
  expect(new Set(locs).size).toBe(locs.length);
  for (const loc of locs) expect(loc.startsWith(`${baseURL}/`), loc).toBe(true);
  // Every page dated by its newest article: the seed by its own date, and every article has one.
  expect(entries.find((entry) => entry.loc === `${baseURL}${seedPath}`)?.lastmod).toBe(
    '2025-04-26',
  );
  for (const entry of entries) {
    if (entry.lastmod === undefined) {
      // Only a list page with no article in it yet (a section an edition has not written in).
      expect(entry.loc, 'undated entry').toMatch(/\/sections\/[a-z-]+$/);
      continue;
    }
    expect(Number.isNaN(Date.parse(entry.lastmod)), entry.loc).toBe(false);
  }
  expect(entries.filter((entry) => entry.loc.includes('/articles/') && !entry.lastmod)).toEqual([]);
  // Drafts stay out of the sitemap as they stay off the site.
  expect(locs).not.toContain(`${baseURL}/articles/kirkuk-maqam-evening-revives-old-songs`);
  await expectAllOk(request, locs);
});

test('robots.txt keeps crawlers out of moderation and comment links, and names the sitemap', async ({
  request,
  baseURL,
}) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const lines = (await response.text()).split('\n').map((line) => line.trim());
  expect(lines).toContain('User-Agent: *');
  expect(lines).toContain('Allow: /');
  expect(lines).toContain('Disallow: /moderation');
  expect(lines).toContain('Disallow: /comments/');
  expect(lines).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});
