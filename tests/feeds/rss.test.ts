import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Parser from 'rss-parser';
import { afterEach, describe, expect, test } from 'vitest';
import { buildRss, feedItemLimit, type RssOptions } from '@/lib/feeds';
import type { Article } from '@/lib/articles';
import { articleFile, loadFixture } from '../support/content-fixture';

type Channel = { language?: string; lastBuildDate?: string };
const parser = new Parser<Channel>();

const siteUrl = 'https://news.example.com';
const sectionNames: Record<string, string> = { iraq: 'Iraq', world: 'World' };

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Articles loaded from front matter the way the app loads them, in the order given. */
function articles(files: Record<string, string>): Article[] {
  const { articles: loaded, problems } = loadFixture(files);
  expect(problems).toEqual([]);
  return Object.keys(files).map((name) => {
    const article = loaded.find((candidate) => `${candidate.slug}.md` === name);
    if (!article) throw new Error(`fixture ${name} did not load`);
    return article;
  });
}

function rss(overrides: Partial<RssOptions> & Pick<RssOptions, 'articles'>): string {
  return buildRss({
    title: 'Newsroom',
    description: 'Independent news, read and discussed.',
    feedUrl: `${siteUrl}/feed.xml`,
    siteUrl,
    language: 'en',
    sectionName: (slug) => sectionNames[slug] ?? slug,
    ...overrides,
  });
}

/** A public/ folder holding one image of a known size. */
function publicDirWith(src: string, bytes: number): string {
  const root = mkdtempSync(path.join(tmpdir(), 'public-'));
  folders.push(root);
  const file = path.join(root, src);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, Buffer.alloc(bytes, 1));
  return root;
}

describe('buildRss', () => {
  test('describes the channel, dated by its newest change rather than the clock', async () => {
    const xml = rss({
      articles: articles({
        'newest.md': articleFile({ date: '2025-04-26' }),
        'older-but-updated.md': articleFile({ date: '2025-04-20', updated: '2025-04-28' }),
      }),
    });
    const feed = await parser.parseString(xml);
    expect(feed.title).toBe('Newsroom');
    expect(feed.link).toBe(`${siteUrl}/`);
    expect(feed.description).toBe('Independent news, read and discussed.');
    expect(feed.language).toBe('en');
    expect(feed.feedUrl).toBe(`${siteUrl}/feed.xml`);
    expect(feed.lastBuildDate).toBe('Mon, 28 Apr 2025 00:00:00 GMT');
    expect(xml).toContain('<rss version="2.0"');
    expect(xml).toContain(`<atom:link href="${siteUrl}/feed.xml" rel="self"`);
  });

  test('gives each item its title, canonical link, permalink guid, date and summary', async () => {
    const xml = rss({
      articles: articles({
        'hussein-rubio-meet.md': articleFile({
          title: 'Hussein & Rubio <meet>',
          summary: 'The ministers met in Washington.',
          date: '2025-04-26',
        }),
        'timed.md': articleFile({ date: '2025-04-27T09:30:00+03:00', updated: '2025-04-28' }),
      }),
    });
    const [first, second] = (await parser.parseString(xml)).items;
    const url = `${siteUrl}/articles/hussein-rubio-meet`;
    expect(first?.title).toBe('Hussein & Rubio <meet>');
    expect(first?.link).toBe(url);
    expect(first?.guid).toBe(url);
    expect(xml).toContain(`<guid isPermaLink="true">${url}</guid>`);
    // A bare date is midnight UTC, the day as written.
    expect(first?.pubDate).toBe('Sat, 26 Apr 2025 00:00:00 GMT');
    expect(first?.content).toBe('The ministers met in Washington.');
    // pubDate is when it was published, not when it was last updated.
    expect(second?.pubDate).toBe('Sun, 27 Apr 2025 06:30:00 GMT');
    // Without a summary in front matter, the first paragraph stands in.
    expect(second?.content).toBe('Iraq and the US met in Washington on Friday.');
  });

  test('lists the section name first, then the tags, each once', async () => {
    const xml = rss({
      articles: articles({
        'tagged.md': articleFile({ section: 'world', tags: '[United States, World, Energy]' }),
        'untagged.md': articleFile(),
      }),
    });
    const [tagged, untagged] = (await parser.parseString(xml)).items;
    expect(tagged?.categories).toEqual(['World', 'United States', 'Energy']);
    expect(untagged?.categories).toEqual(['Iraq']);
  });

  test('encloses the lead image with its absolute URL, MIME type and size in bytes', async () => {
    const [plain] = articles({ 'with-image.md': articleFile() });
    if (!plain) throw new Error('fixture missing');
    const withImage: Article = { ...plain, image: { src: '/images/lead.JPG', alt: 'A citadel' } };
    const xml = rss({
      articles: [withImage, plain],
      publicDir: publicDirWith('/images/lead.JPG', 1234),
    });
    const [first, second] = (await parser.parseString(xml)).items;
    expect(first?.enclosure).toEqual({
      url: `${siteUrl}/images/lead.JPG`,
      type: 'image/jpeg',
      length: '1234',
    });
    expect(second?.enclosure).toBeUndefined();
  });

  test(`keeps the first ${feedItemLimit} articles, in the order given`, async () => {
    const files = Object.fromEntries(
      Array.from({ length: feedItemLimit + 10 }, (_, i) => [
        `story-${i}.md`,
        articleFile({ title: `Story ${i}` }),
      ]),
    );
    const feed = await parser.parseString(rss({ articles: articles(files) }));
    expect(feed.items).toHaveLength(feedItemLimit);
    expect(feed.items[0]?.title).toBe('Story 0');
    expect(feed.items.at(-1)?.title).toBe(`Story ${feedItemLimit - 1}`);
  });

  test('an empty channel is still a valid, deterministic feed', async () => {
    const xml = rss({ articles: [] });
    const feed = await parser.parseString(xml);
    expect(feed.items).toEqual([]);
    expect(feed.lastBuildDate).toBe('Thu, 01 Jan 1970 00:00:00 GMT');
    expect(rss({ articles: [] })).toBe(xml);
  });
});
