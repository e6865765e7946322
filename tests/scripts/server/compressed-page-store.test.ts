// The compressed memory in which Next.js keeps rendered pages (incremental-cache-handler.mjs
// puts it in FileSystemCache.memoryCache).
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { expect, test } from 'vitest';
import { createCompressedPageStore } from '@/scripts/server/compressed-page-store.mjs';
import IncrementalCacheHandler from '@/scripts/server/incremental-cache-handler.mjs';

/** An entry shaped as Next.js stores a page: two-byte HTML, RSC bytes, segment payloads. */
function pageEntry(n: number, repeat = 200) {
  const html = `<p>“Page ${n}”</p>`.repeat(repeat);
  return {
    value: {
      kind: 'APP_PAGE',
      html,
      rscData: Buffer.from(`0:{"page":${n}}\n`.repeat(repeat)),
      headers: { 'x-next-cache-tags': `_N_T_/articles/${n},comments:${n}` },
      postponed: undefined,
      status: 200,
      segmentData: new Map([['/_tree', Buffer.from(`tree ${n}`)]]),
    },
    lastModified: 1_700_000_000_000 + n,
    cacheControl: { revalidate: false, expire: undefined },
  };
}

test('an entry comes back as it was stored, Buffers, Maps and undefined fields included', () => {
  const store = createCompressedPageStore({ maxBytes: 1024 * 1024 });
  const entry = pageEntry(1);
  store.set('/articles/1', entry);
  const read = store.get('/articles/1') as ReturnType<typeof pageEntry>;
  expect(read).toEqual(entry);
  expect(Buffer.isBuffer(read.value.rscData)).toBe(true);
  expect(read.value.segmentData.get('/_tree')).toEqual(Buffer.from('tree 1'));
  expect('postponed' in read.value).toBe(true);
  expect(store.get('/articles/2')).toBeUndefined();
});

test('each read is a copy: changing what was handed out leaves the stored entry as it was', () => {
  const store = createCompressedPageStore({ maxBytes: 1024 * 1024 });
  store.set('/a', pageEntry(1));
  const first = store.get('/a') as ReturnType<typeof pageEntry>;
  first.lastModified = -1;
  first.value.html = '';
  expect(store.get('/a')).toEqual(pageEntry(1));
});

test('entries are kept compressed, and the bound counts compressed bytes', () => {
  const store = createCompressedPageStore({ maxBytes: 1024 * 1024 });
  const entry = pageEntry(1, 2000);
  store.set('/a', entry);
  const rawBytes = entry.value.html.length * 2 + entry.value.rscData.length;
  expect(store.currentSize).toBeGreaterThan(0);
  expect(store.currentSize).toBeLessThan(rawBytes / 10);
});

test('past its bound it drops the least recently used entries; a read counts as a use', () => {
  const one = createCompressedPageStore({ maxBytes: 1024 * 1024 });
  one.set('/probe', pageEntry(0, 2000));
  const entryBytes = one.currentSize;
  const store = createCompressedPageStore({ maxBytes: Math.floor(entryBytes * 3.5) });
  store.set('/1', pageEntry(1, 2000));
  store.set('/2', pageEntry(2, 2000));
  store.set('/3', pageEntry(3, 2000));
  expect(store.get('/1')).toBeDefined(); // /2 is now the least recently used
  store.set('/4', pageEntry(4, 2000));
  expect(store.has('/2')).toBe(false);
  expect(['/1', '/3', '/4'].every((key) => store.has(key))).toBe(true);
  expect(store.size).toBe(3);
  expect(store.currentSize).toBeLessThanOrEqual(Math.floor(entryBytes * 3.5));
  store.remove('/1');
  expect(store.has('/1')).toBe(false);
  expect(store.size).toBe(2);
});

test('an entry replaced under the same key is counted once', () => {
  const store = createCompressedPageStore({ maxBytes: 1024 * 1024 });
  store.set('/a', pageEntry(1));
  const once = store.currentSize;
  store.set('/a', pageEntry(1));
  expect(store.currentSize).toBe(once);
  expect(store.size).toBe(1);
});

test('an entry larger than the whole store is not kept', () => {
  const store = createCompressedPageStore({ maxBytes: 100 });
  store.set('/big', pageEntry(1, 2000));
  expect(store.has('/big')).toBe(false);
  expect(store.currentSize).toBe(0);
});

test("the cache handler puts the store where Next.js's file-system cache keeps pages in memory", async () => {
  // Vite hands over this CommonJS module's default export as the module itself.
  const FileSystemCache: { memoryCache?: unknown } =
    Reflect.get(fileSystemCache, 'default') ?? fileSystemCache;
  const handler = new IncrementalCacheHandler({
    fs: undefined,
    serverDistDir: '/nonexistent',
    flushToDisk: false,
    maxMemoryCacheSize: 4 * 1024 * 1024,
    revalidatedTags: [],
  });
  const store = FileSystemCache.memoryCache as ReturnType<typeof createCompressedPageStore>;
  expect(store.currentSize).toBe(0);
  const entry = pageEntry(7, 2000);
  await handler.set('/articles/7', entry.value, {
    cacheControl: { revalidate: false, expire: undefined },
  });
  expect(store.has('/articles/7')).toBe(true);
  // Compressed: Next.js's own memory would count the HTML's 30,000 characters.
  expect(store.currentSize).toBeLessThan(entry.value.html.length / 10);
  const read = (await handler.get('/articles/7', { kind: 'APP_PAGE' })) as ReturnType<
    typeof pageEntry
  >;
  expect(read.value).toEqual(entry.value);
});
