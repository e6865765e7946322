import { describe, expect, it } from 'vitest';
import { unknownPathTest } from '@/scripts/server/known-routes.mjs';

const isUnknown = unknownPathTest({
  version: 2,
  defaultEdition: 'en',
  editions: ['en', 'ckb', 'ar'],
  reserved: [
    '_next',
    'articles',
    'feed.xml',
    'moderation',
    'og',
    'page',
    'robots.txt',
    'search',
    'sections',
    'topics',
  ],
  articles: ['erbil-citadel', 'old-erbil-citadel', 'qelay-hewler'],
  lists: {
    en: { sections: { kurdistan: 3, iraq: 1 }, topics: { erbil: 2 }, frontPages: 5 },
    ckb: { sections: { kurdistan: 1, iraq: 1 }, topics: { هەولێر: 1 }, frontPages: 1 },
    ar: { sections: { kurdistan: 1, iraq: 1 }, topics: {}, frontPages: 1 },
  },
});

describe('unknownPathTest', () => {
  it('knows the content routes that exist', () => {
    for (const path of [
      '/articles/erbil-citadel',
      '/articles/old-erbil-citadel',
      '/og/erbil-citadel',
      '/page/5',
      '/sections/kurdistan',
      '/sections/kurdistan/page/3',
      '/sections/iraq/feed.xml',
      '/topics/erbil/page/2',
      '/ckb',
      '/ckb/articles/qelay-hewler',
      '/ckb/sections/kurdistan',
      '/ckb/sections/iraq/feed.xml',
      `/ckb/topics/${encodeURIComponent('هەولێر')}`,
      '/ar/search',
      '/ar/feed.xml',
    ])
      expect(isUnknown(path), path).toBe(false);
  });

  it('refuses slugs, sections, topics and pages that do not exist', () => {
    for (const path of [
      '/articles/random-slug',
      '/og/random-slug',
      '/page/6',
      '/page/0',
      '/page/02',
      '/sections/nowhere',
      '/sections/kurdistan/page/4',
      '/sections/nowhere/feed.xml',
      '/topics/nothing',
      '/topics/erbil/page/3',
      '/topics/%E0%A4%A',
      // Each edition has its own list pages and topics.
      '/ckb/page/2',
      '/ckb/sections/kurdistan/page/2',
      `/topics/${encodeURIComponent('هەولێر')}`,
      '/ar/topics/erbil',
      '/ckb/articles/random-slug',
      // A first segment that is neither an edition nor anything the site serves.
      '/xx',
      '/xx/articles/erbil-citadel',
      '/wp-admin',
    ])
      expect(isUnknown(path), path).toBe(true);
  });

  it('leaves every other path to Next.js', () => {
    for (const path of [
      '/',
      '/search',
      '/articles/',
      '/articles',
      '/moderation',
      '/moderation/login',
      '/feed.xml',
      '/robots.txt',
      // The default edition's prefix redirects to the unprefixed URL.
      '/en/articles/anything',
    ])
      expect(isUnknown(path), path).toBe(false);
  });
});

describe('unknownPathTest: comment pages', () => {
  it("lets an article's comment pages through, in any edition", () => {
    for (const path of [
      '/articles/erbil-citadel/comments/2',
      '/articles/erbil-citadel/comments/40',
      '/ckb/articles/qelay-hewler/comments/3',
    ])
      expect(isUnknown(path), path).toBe(false);
  });

  it('refuses comment pages of an unknown article or with a page that is not a number', () => {
    for (const path of [
      '/articles/no-such-article/comments/2',
      '/articles/erbil-citadel/comments/0',
      '/articles/erbil-citadel/comments/two',
      '/articles/erbil-citadel/comments/9999999',
      '/ckb/articles/nope/comments/2',
    ])
      expect(isUnknown(path), path).toBe(true);
  });
});
