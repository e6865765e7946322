import { expect, test } from 'vitest';
import { parseEnv } from '@/lib/env';

test('defaults', () => {
  expect(parseEnv({})).toMatchObject({
    SITE_URL: 'http://localhost:3000',
    CONTENT_DIR: './content',
    SITE_NAME: 'Newsroom',
    PRERENDER_ARTICLES: 1000,
    REPORT_HOURLY_LIMIT: 10,
    RETENTION_DAYS: 90,
  });
});

test('report limit and retention are whole numbers; retention is at least a day', () => {
  expect(parseEnv({ REPORT_HOURLY_LIMIT: '0', RETENTION_DAYS: '30' })).toMatchObject({
    REPORT_HOURLY_LIMIT: 0,
    RETENTION_DAYS: 30,
  });
  expect(() => parseEnv({ RETENTION_DAYS: '0' })).toThrow(/RETENTION_DAYS: must be at least 1/);
});

test('an empty variable means unset, and a trailing slash is dropped', () => {
  expect(parseEnv({ SITE_URL: '', CONTENT_DIR: '/tmp/corpus' }).SITE_URL).toBe(
    'http://localhost:3000',
  );
  expect(parseEnv({ SITE_URL: 'https://news.example.com/' }).SITE_URL).toBe(
    'https://news.example.com',
  );
});

test('a bad value names the variable and the value', () => {
  expect(() => parseEnv({ SITE_URL: 'news.example.com', PRERENDER_ARTICLES: 'many' })).toThrow(
    /SITE_URL: expected an http\(s\) URL like https:\/\/news\.example\.com, got "news\.example\.com"\n {2}PRERENDER_ARTICLES: expected a whole number, got "many"/,
  );
});
