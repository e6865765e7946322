import { expect, test } from 'vitest';
import { buildRobots } from '@/lib/feeds';

test('robots.txt keeps crawlers out of private pages and points at the sitemap', () => {
  expect(buildRobots('https://news.example.com/sitemap.xml')).toEqual({
    rules: { userAgent: '*', allow: '/', disallow: ['/moderation', '/comments/'] },
    sitemap: 'https://news.example.com/sitemap.xml',
  });
});
