import { describe, expect, it } from 'vitest';
import { unknownPathTest } from '@/scripts/server/known-routes.mjs';

const isUnknown = unknownPathTest({
  version: 1,
  articles: ['erbil-citadel', 'old-erbil-citadel'],
  sections: { kurdistan: 3, iraq: 1 },
  topics: { erbil: 2, هەولێر: 1 },
  frontPages: 5,
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
      `/topics/${encodeURIComponent('هەولێر')}`,
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
    ])
      expect(isUnknown(path), path).toBe(true);
  });

  it('leaves every other path to Next.js', () => {
    for (const path of ['/', '/search', '/articles/', '/articles', '/moderation', '/feed.xml'])
      expect(isUnknown(path), path).toBe(false);
  });
});
