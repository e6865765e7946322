// Next.js's handler for 'use cache' entries (next.config.mjs, cacheHandlers), used when CACHE_URL
// names a shared Redis (shared-cache.mjs). Entries and tag revalidations go to Redis, so a
// moderator's approval on one instance reaches the comments sections cached on every other.
// Next.js's own in-memory handler sits beside it: it answers while Redis is down, so reading
// keeps working from each instance's own cache.
import nextDefaultHandler from 'next/dist/server/lib/cache-handlers/default.js';
import { getSharedCache, isOutdated, latestExpiry, unavailable } from './shared-cache.mjs';

// Next.js's own in-memory handler (CommonJS, read through its exports object).
const { createDefaultCacheHandler } = nextDefaultHandler;

/**
 * @typedef {import('next/dist/server/lib/cache-handlers/types').CacheEntry} CacheEntry
 * @typedef {import('next/dist/server/lib/cache-handlers/types').CacheHandler} CacheHandler
 * @typedef {Omit<CacheEntry, 'value'> & { value: Uint8Array }} StoredEntry
 */

/** @param {Uint8Array} bytes */
function streamOf(bytes) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** @param {ReadableStream<Uint8Array>} stream */
async function bytesOf(stream) {
  const chunks = [];
  let size = 0;
  for await (const chunk of stream) {
    chunks.push(chunk);
    size += chunk.byteLength;
  }
  return Buffer.concat(chunks, size);
}

/**
 * @param {import('./shared-cache.mjs').SharedCache} shared
 * @param {CacheHandler} local
 * @param {() => number} [now]
 * @returns {CacheHandler}
 */
export function createUseCacheHandler(shared, local, now = Date.now) {
  return {
    async get(cacheKey, softTags) {
      const found = await shared.getEntry('use-cache', cacheKey);
      if (found === unavailable) return local.get(cacheKey, softTags);
      const stored = /** @type {StoredEntry | undefined} */ (found);
      if (!stored) return undefined;
      const at = now();
      if (at > stored.timestamp + stored.expire * 1000) return undefined;
      // Next.js asks getExpiration only about the page's implicit tags; the entry's own tags
      // (cacheTag) are checked here, against every instance's revalidations.
      const manifest = await shared.tagTimes(stored.tags);
      if (!manifest) return local.get(cacheKey, softTags);
      if (isOutdated(manifest, stored.tags, stored.timestamp, at)) return undefined;
      return { ...stored, value: streamOf(stored.value) };
    },

    async set(cacheKey, pendingEntry) {
      const entry = await pendingEntry;
      const value = await bytesOf(entry.value);
      await local.set(cacheKey, Promise.resolve({ ...entry, value: streamOf(value) }));
      // Next.js regenerates an entry that expires at once on every read: nothing to share.
      if (entry.expire === 0) return;
      await shared.setEntry('use-cache', cacheKey, { ...entry, value }, entry.expire);
    },

    async refreshTags() {
      // Nothing to pull: get and getExpiration ask Redis themselves.
    },

    async getExpiration(tags) {
      const manifest = await shared.tagTimes(tags);
      if (!manifest) return local.getExpiration(tags);
      return Math.max(latestExpiry(manifest, tags, now()), await local.getExpiration(tags));
    },

    async updateTags(tags, durations) {
      await local.updateTags(tags, durations);
      await shared.recordTags(tags, durations);
    },
  };
}

/** The same limit Next.js gives its own in-memory 'use cache' handler by default. */
const localBytes = 50 * 1024 * 1024;

const shared = getSharedCache();
const local = createDefaultCacheHandler(localBytes);

/** @type {CacheHandler} */
export default shared ? createUseCacheHandler(shared, local) : local;
