import { describe, expect, test } from 'vitest';
import { routes } from '@/lib/routes';

// The default edition (English) keeps unprefixed URLs; every other edition's pages live under
// its code. Each builder is checked in both, at page 1 (no page segment) and a later page.

describe('edition pages', () => {
  test('home and the front page list', () => {
    expect(routes.home('en')).toBe('/');
    expect(routes.home('ar')).toBe('/ar');
    expect(routes.frontPage(1, 'en')).toBe('/');
    expect(routes.frontPage(3, 'en')).toBe('/page/3');
    expect(routes.frontPage(1, 'ckb')).toBe('/ckb');
    expect(routes.frontPage(3, 'ckb')).toBe('/ckb/page/3');
  });

  test('article', () => {
    expect(routes.article('a-story', 'en')).toBe('/articles/a-story');
    expect(routes.article('a-story', 'tr')).toBe('/tr/articles/a-story');
  });

  test('section, page 1 and page n', () => {
    expect(routes.section('iraq', 'en')).toBe('/sections/iraq');
    expect(routes.section('iraq', 'en', 1)).toBe('/sections/iraq');
    expect(routes.section('iraq', 'en', 2)).toBe('/sections/iraq/page/2');
    expect(routes.section('iraq', 'kmr')).toBe('/kmr/sections/iraq');
    expect(routes.section('iraq', 'kmr', 12)).toBe('/kmr/sections/iraq/page/12');
  });

  test('topic from a tag as written or its slug, encoded, page 1 and page n', () => {
    expect(routes.topic('United States', 'en')).toBe('/topics/united-states');
    expect(routes.topic('united-states', 'en')).toBe('/topics/united-states');
    expect(routes.topic('United States', 'en', 2)).toBe('/topics/united-states/page/2');
    const erbil = encodeURIComponent('هەولێر');
    expect(routes.topic('هەولێر', 'ckb')).toBe(`/ckb/topics/${erbil}`);
    expect(routes.topic('هەولێر', 'ckb', 4)).toBe(`/ckb/topics/${erbil}/page/4`);
  });

  test('search: no query, a query encoded, a later page, every edition', () => {
    expect(routes.search('en')).toBe('/search');
    expect(routes.search('ar')).toBe('/ar/search');
    expect(routes.search('en', 'oil & gas')).toBe('/search?q=oil+%26+gas');
    expect(routes.search('en', 'oil', 1)).toBe('/search?q=oil');
    expect(routes.search('en', 'oil', 2)).toBe('/search?q=oil&page=2');
    expect(routes.search('ckb', 'هەولێر', 2, true)).toBe(
      `/ckb/search?q=${encodeURIComponent('هەولێر')}&page=2&editions=all`,
    );
    expect(routes.search('en', undefined, 1, true)).toBe('/search?editions=all');
  });

  test('feeds', () => {
    expect(routes.feed('en')).toBe('/feed.xml');
    expect(routes.feed('ckb')).toBe('/ckb/feed.xml');
    expect(routes.sectionFeed('iraq', 'en')).toBe('/sections/iraq/feed.xml');
    expect(routes.sectionFeed('iraq', 'ar')).toBe('/ar/sections/iraq/feed.xml');
  });
});

test('the sitemap and images have one URL whatever the edition', () => {
  expect(routes.sitemap()).toBe('/sitemap.xml');
  expect(routes.ogImage('a-story')).toBe('/og/a-story');
  expect(routes.defaultOgImage()).toBe('/og-default.png');
  expect(routes.logo()).toBe('/logo.png');
});

describe('comments', () => {
  test('a comment is its article page at the comment’s anchor', () => {
    expect(routes.commentAnchor(42)).toBe('comment-42');
    expect(routes.comment('a-story', 'en', 42)).toBe('/articles/a-story#comment-42');
    expect(routes.comment('a-story', 'ckb', 42)).toBe('/ckb/articles/a-story#comment-42');
    expect(routes.commentFormAnchor()).toBe('comment-form');
  });

  test('a comment’s own pages sit under one folder, whatever the edition', () => {
    expect(routes.commentPages()).toBe('/comments/');
    expect(routes.commentReport(7)).toBe('/comments/7/report');
    expect(routes.commentStatus('abc_-XYZ')).toBe('/comments/status/abc_-XYZ');
    expect(routes.commentReport(7).startsWith(routes.commentPages())).toBe(true);
    expect(routes.commentStatus('t').startsWith(routes.commentPages())).toBe(true);
  });
});

describe('moderation', () => {
  test('the console: a queue, an article (encoded), a page; page 1 has no page parameter', () => {
    expect(routes.moderation()).toBe('/moderation');
    expect(routes.moderation({ queue: 'reported' })).toBe('/moderation?queue=reported');
    expect(routes.moderation({ queue: 'pending', article: 'a-story' })).toBe(
      '/moderation?queue=pending&article=a-story',
    );
    expect(routes.moderation({ article: 'a b&c' })).toBe('/moderation?article=a+b%26c');
    expect(routes.moderation({ queue: 'approved', page: 1 })).toBe('/moderation?queue=approved');
    expect(routes.moderation({ queue: 'approved', article: 'x', page: 3 })).toBe(
      '/moderation?queue=approved&article=x&page=3',
    );
  });

  test('the log, sign-in and setup', () => {
    expect(routes.moderationLog()).toBe('/moderation/log');
    expect(routes.moderationLog(1)).toBe('/moderation/log');
    expect(routes.moderationLog(5)).toBe('/moderation/log?page=5');
    expect(routes.moderationLogin()).toBe('/moderation/login');
    expect(routes.moderationSetup('tok')).toBe('/moderation/setup/tok');
  });
});
