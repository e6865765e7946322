import { expect, test } from 'vitest';
import { parseEnv } from '@/lib/env';

test('defaults', () => {
  expect(parseEnv({})).toMatchObject({
    SITE_URL: 'http://localhost:3000',
    CONTENT_DIR: './content',
    SITE_NAME: 'Newsroom',
    PRERENDER_ARTICLES: 200,
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

test('a bad value names the variable and what is expected', () => {
  expect(() => parseEnv({ SITE_URL: 'news.example.com', PRERENDER_ARTICLES: 'many' })).toThrow(
    /SITE_URL: expected an http\(s\) URL like https:\/\/news\.example\.com\n {2}PRERENDER_ARTICLES: expected a whole number$/,
  );
});

test('a bad value is never printed: it may be a secret', () => {
  const secrets = {
    SERVER_SECRET: 'hunter2-too-short',
    DATABASE_URL: 'mysql://admin:s3cr3t-pass@db.internal/news',
    NODE_ENV: 'prod-s3cr3t',
    SITE_URL: 'ftp://user:s3cr3t@example.com',
    TIME_ZONE: 'Mars/s3cr3t',
    SITE_NAME: '   ',
    COMMENT_HOURLY_LIMIT: 's3cr3t',
    CACHE_URL: 'http://cache:s3cr3t@cache.internal',
  };
  let message = '';
  try {
    parseEnv(secrets);
  } catch (error) {
    message = error instanceof Error ? error.message : String(error);
  }
  for (const name of Object.keys(secrets)) expect(message).toContain(`  ${name}: `);
  expect(message).not.toMatch(/s3cr3t|hunter2|admin/);
  expect(message).toContain('SERVER_SECRET: must be at least 32 characters');
});

test('CACHE_URL: a Redis URL or nothing', () => {
  expect(parseEnv({}).CACHE_URL).toBeUndefined();
  expect(parseEnv({ CACHE_URL: 'redis://127.0.0.1:6379/1' }).CACHE_URL).toBe(
    'redis://127.0.0.1:6379/1',
  );
  expect(() => parseEnv({ CACHE_URL: 'memcached://cache:11211' })).toThrow(
    /CACHE_URL: expected redis:\/\/host:6379/,
  );
});
