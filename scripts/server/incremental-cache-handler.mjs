// Next.js's incremental cache handler (next.config.mjs, cacheHandler): the pages and route answers
// Next.js rendered, kept compressed in memory (compressed-page-store.mjs says why) and, when
// CACHE_URL names a shared Redis (shared-cache.mjs), shared by every instance.
//
// Each instance keeps Next.js's own file-system cache (its memory, and the pages prerendered at
// build time, read from .next) and asks Redis, before answering from it, whether one of the
// page's tags was revalidated since it was rendered, on any instance. A page prerendered at
// build time is never in Redis until it is rendered again, so that check is what makes an
// approval on one instance reach it on all. An out-of-date page is taken from Redis when
// another instance has already rendered it again, and rendered here otherwise.
//
// Pages rendered here are not written into .next (several instances may share one build), only
// kept in memory and in Redis. While Redis is down, each instance answers from its own copies.
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { createCompressedPageStore } from './compressed-page-store.mjs';
import { getSharedCache, isOutdated, unavailable } from './shared-cache.mjs';

// Next.js's own handler (CommonJS: its class is the module's `default` export, which Node hands
// over as `.default` of the module and bundlers such as Vite's as the module itself).
const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

/** The store in FileSystemCache.memoryCache that this module put there, once per process. */
let pageStore;

/**
 * Puts the compressed store where FileSystemCache keeps its memory, before it makes its own.
 * Bounded at a quarter of `cacheMaxMemorySize` in compressed bytes, which holds about as many
 * pages as Next.js's own memory of that size would (text is two bytes a character there, and
 * compresses about 5 times). 0 keeps no pages in memory, as it does for Next.js.
 * @param {number | undefined} maxMemoryCacheSize
 */
function installPageStore(maxMemoryCacheSize) {
  if (pageStore || !maxMemoryCacheSize) return;
  pageStore = createCompressedPageStore({ maxBytes: Math.floor(maxMemoryCacheSize / 4) });
  FileSystemCache.memoryCache = pageStore;
}

/** Cached answers Next.js renders: the kinds whose tags are in their headers. */
const responseKinds = new Set(['APP_PAGE', 'APP_ROUTE', 'PAGES']);

/**
 * The cache tags of a cached page or route, as Next.js records them in its headers.
 * @param {any} entry
 * @returns {string[] | undefined}
 */
function tagsOf(entry) {
  const value = entry?.value;
  if (!value || !responseKinds.has(value.kind)) return undefined;
  const header = value.headers?.['x-next-cache-tags'];
  return typeof header === 'string' && header !== '' ? header.split(',') : [];
}

export default class IncrementalCacheHandler {
  /** @param {any} context what Next.js gives every cache handler */
  constructor(context) {
    installPageStore(context.maxMemoryCacheSize);
    this.shared = getSharedCache();
    this.files = new FileSystemCache({
      ...context,
      flushToDisk: this.shared ? false : context.flushToDisk,
    });
    /**
     * When a render of each key began: the moment its data was read. A revalidation that lands
     * while a page renders must leave that page out of date, so a page counts as made then.
     * @type {Map<string, number>}
     */
    this.renderingSince = new Map();
  }

  /** @param {string} key @param {any} context */
  async get(key, context) {
    const local = await this.files.get(key, context);
    const shared = this.shared;
    if (!shared) return local;
    const localTags = tagsOf(local);
    if (local && localTags === undefined) return local;

    if (local && localTags) {
      const manifest = await shared.tagTimes(localTags);
      // Redis down: this instance's own copy, as the page would be served without Redis.
      if (!manifest) return local;
      if (!isOutdated(manifest, localTags, local.lastModified, Date.now())) return local;
    }

    // Missing or out of date here: another instance may have rendered it already.
    const found = await shared.getEntry('page', key);
    const remote = /** @type {any} */ (found === unavailable ? undefined : found);
    const remoteTags = tagsOf(remote);
    if (remote && remoteTags) {
      const manifest = await shared.tagTimes(remoteTags);
      if (manifest && !isOutdated(manifest, remoteTags, remote.lastModified, Date.now())) {
        FileSystemCache.memoryCache?.set(key, remote);
        return remote;
      }
    }
    if (!this.renderingSince.has(key)) this.renderingSince.set(key, Date.now());
    return null;
  }

  /** @param {string} key @param {any} data @param {any} context */
  async set(key, data, context) {
    await this.files.set(key, data, context);
    const shared = this.shared;
    if (!shared || !data || !responseKinds.has(data.kind) || context?.fetchCache) return;
    const madeAt = this.renderingSince.get(key) ?? Date.now();
    this.renderingSince.delete(key);
    const entry = { value: data, lastModified: madeAt, cacheControl: context?.cacheControl };
    // The copy in memory dates from the render's start too (see renderingSince).
    FileSystemCache.memoryCache?.set(key, entry);
    const lifetime = entry.cacheControl?.expire ?? entry.cacheControl?.revalidate;
    await shared.setEntry('page', key, entry, typeof lifetime === 'number' ? lifetime : Infinity);
  }

  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  async revalidateTag(tags, durations) {
    await this.files.revalidateTag(tags, durations);
    await this.shared?.recordTags(typeof tags === 'string' ? [tags] : tags, durations);
  }

  resetRequestCache() {
    this.files.resetRequestCache();
  }
}
