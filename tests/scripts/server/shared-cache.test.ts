// The cache several instances share through Redis: each test plays two instances (two clients of
// one throwaway Redis) and, where it matters, stops Redis under them.
import { Redis } from 'ioredis';
import nextDefaultHandler from 'next/dist/server/lib/cache-handlers/default.js';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import {
  createSharedCache,
  isOutdated,
  latestExpiry,
  parseCacheUrl,
  unavailable,
  type SharedCache,
} from '@/scripts/server/shared-cache.mjs';
import { createUseCacheHandler } from '@/scripts/server/use-cache-handler.mjs';
import { startTestRedis, type TestRedis } from '../../support/redis-server';

const { createDefaultCacheHandler } = nextDefaultHandler;

let redis: TestRedis;
const opened: SharedCache[] = [];
let prefixCount = 0;
let prefix = '';

beforeAll(async () => {
  redis = await startTestRedis();
});
afterAll(async () => {
  await redis.close();
});
afterEach(async () => {
  for (const cache of opened.splice(0)) await cache.close();
  prefix = `t${++prefixCount}:`;
});
prefix = 't0:';

async function until(check: () => boolean | Promise<boolean>, ms = 5000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** One instance's view of the shared cache, connected before it is returned. */
async function instance(
  options: {
    buildId?: string;
    log?: (message: string) => void;
    onRevalidated?: () => void;
  } = {},
) {
  const cache = createSharedCache({
    url: new URL(redis.url),
    buildId: options.buildId ?? 'build-1',
    prefix,
    log: options.log ?? (() => undefined),
    onRevalidated: options.onRevalidated ?? (() => undefined),
  });
  opened.push(cache);
  await until(() => cache.available);
  return cache;
}

test('CACHE_URL must be a redis:// URL, and a bad one is named without its value', () => {
  expect(parseCacheUrl(undefined)).toBeUndefined();
  expect(parseCacheUrl('')).toBeUndefined();
  expect(parseCacheUrl('redis://127.0.0.1:6379/2')?.port).toBe('6379');
  expect(parseCacheUrl('rediss://cache.example:6380')?.protocol).toBe('rediss:');
  const bad = () => parseCacheUrl('http://user:s3cret@cache.example');
  expect(bad).toThrow(/CACHE_URL: expected redis:\/\//);
  expect(bad).not.toThrow(/s3cret/);
});

test('an entry is out of date when one of its tags was revalidated after it was made', () => {
  const manifest = new Map([
    ['comments:a', { stale: 0, expired: 2_000 }],
    ['comments:b', { stale: 3_000, expired: 0 }],
    ['later', { stale: 0, expired: 9_000 }],
  ]);
  expect(isOutdated(manifest, ['comments:a'], 1_000, 5_000)).toBe(true);
  expect(isOutdated(manifest, ['comments:a'], 2_500, 5_000)).toBe(false);
  expect(isOutdated(manifest, ['other', 'comments:b'], 2_500, 5_000)).toBe(true);
  // An expiry still to come does not count yet.
  expect(isOutdated(manifest, ['later'], 1_000, 5_000)).toBe(false);
  expect(isOutdated(manifest, ['later'], 1_000, 9_500)).toBe(true);
  expect(latestExpiry(manifest, ['comments:a', 'later'], 5_000)).toBe(2_000);
  expect(latestExpiry(manifest, ['comments:a', 'later'], 9_500)).toBe(9_000);
  expect(latestExpiry(manifest, ['none'], 9_500)).toBe(0);
});

test("one instance's revalidation is seen by another, and announced to it at once", async () => {
  const a = await instance();
  let announced = 0;
  const b = await instance({ onRevalidated: () => (announced += 1) });
  // The announcement channel is subscribed on a connection of its own, shortly after.
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(await b.tagTimes(['comments:x'])).toEqual(new Map());
  const before = Date.now();
  await a.recordTags(['comments:x']);
  await until(() => announced === 1, 2000);
  const times = (await b.tagTimes(['comments:x', 'comments:y']))?.get('comments:x');
  expect(times?.expired).toBeGreaterThanOrEqual(before);
  expect((await b.tagTimes(['comments:y']))?.has('comments:y')).toBe(false);
  // With a lifetime (revalidateTag with a profile): stale now, expired after it.
  await a.recordTags(['comments:y'], { expire: 60 });
  const y = (await b.tagTimes(['comments:y']))?.get('comments:y');
  expect(y?.stale).toBeGreaterThanOrEqual(before);
  expect(y?.expired).toBeGreaterThanOrEqual(before + 60_000);
});

test('entries are shared between instances of one build, with their bytes and maps intact, and kept at most a day', async () => {
  const a = await instance();
  const b = await instance();
  const other = await instance({ buildId: 'build-2' });
  const page = {
    lastModified: 1234,
    value: {
      kind: 'APP_PAGE',
      html: '<p>کوردستان</p>',
      rscData: Buffer.from([1, 2, 3]),
      segmentData: new Map([['/_tree', Buffer.from('tree')]]),
      headers: { 'x-next-cache-tags': 'comments:x' },
      postponed: undefined,
    },
  };
  await a.setEntry('page', '/articles/x', page, Number.POSITIVE_INFINITY);
  const read = (await b.getEntry('page', '/articles/x')) as typeof page;
  expect(read).toEqual(page);
  expect(Buffer.isBuffer(read.value.rscData)).toBe(true);
  expect(read.value.segmentData.get('/_tree')?.toString()).toBe('tree');
  // Another build's pages refer to other scripts: never served across builds.
  expect(await other.getEntry('page', '/articles/x')).toBeUndefined();
  const raw = new Redis(redis.url);
  try {
    const keys = await raw.keys(`${prefix}entry:*`);
    expect(keys).toHaveLength(1);
    const ttl = await raw.ttl(keys[0] ?? '');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(24 * 60 * 60);
    // Tag times never expire: a Redis short of memory evicts entries, never what made them old.
    await a.recordTags(['comments:x']);
    expect(await raw.ttl(`${prefix}tags`)).toBe(-1);
  } finally {
    raw.disconnect();
  }
});

test('Redis down: answers "unknown" at once, logs once, and sends the revalidations made meanwhile when it is back', async () => {
  const messages: string[] = [];
  const a = await instance({ log: (message) => messages.push(message) });
  const b = await instance();
  await redis.stop();
  try {
    await until(() => !a.available && !b.available);
    const started = Date.now();
    expect(await a.tagTimes(['comments:z'])).toBeUndefined();
    expect(await a.getEntry('page', '/x')).toBe(unavailable);
    await a.setEntry('page', '/x', { value: 1 }, 60);
    await a.recordTags(['comments:z']);
    expect(Date.now() - started).toBeLessThan(500);
    expect(messages.filter((message) => /unreachable/.test(message))).toHaveLength(1);
    expect(messages[0]).toMatch(/^Shared cache redis:\/\/127\.0\.0\.1:\d+ unreachable/);
  } finally {
    await redis.start();
  }
  await until(() => a.available && b.available, 10_000);
  await until(async () => (await b.tagTimes(['comments:z']))?.has('comments:z') === true);
  expect(messages.some((message) => /answers again/.test(message))).toBe(true);
  expect(messages.some((message) => /sending 1 revalidation/.test(message))).toBe(true);
});

test("'use cache' entries: made on one instance, read on another, out of date there after a revalidation on the first", async () => {
  const a = createUseCacheHandler(await instance(), createDefaultCacheHandler(1024 * 1024));
  const b = createUseCacheHandler(await instance(), createDefaultCacheHandler(1024 * 1024));
  const stream = (text: string) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text));
        controller.close();
      },
    });
  const text = async (value: ReadableStream<Uint8Array>) => new Response(value).text();
  await a.set(
    'key-1',
    Promise.resolve({
      value: stream('two approved comments'),
      tags: ['comments:x'],
      stale: 300,
      timestamp: Date.now() - 10,
      expire: 3600,
      revalidate: 3600,
    }),
  );
  const fromB = await b.get('key-1', []);
  expect(fromB && (await text(fromB.value))).toBe('two approved comments');

  await a.updateTags(['comments:x']);
  expect(await b.get('key-1', [])).toBeUndefined();
  expect(await b.getExpiration(['comments:x'])).toBeGreaterThan(0);

  // While Redis is down, each instance answers from its own copies.
  await b.set(
    'key-2',
    Promise.resolve({
      value: stream('kept on b'),
      tags: [],
      stale: 300,
      timestamp: Date.now(),
      expire: 3600,
      revalidate: 3600,
    }),
  );
  await redis.stop();
  try {
    const local = await b.get('key-2', []);
    expect(local && (await text(local.value))).toBe('kept on b');
  } finally {
    await redis.start();
  }
});
