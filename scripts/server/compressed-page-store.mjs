// The memory in which Next.js keeps the pages it rendered (its incremental cache's in-memory
// copy, FileSystemCache.memoryCache), holding each entry compressed.
//
// Why: Next.js keeps each page as its HTML string, RSC payload and segment payloads, up to
// `cacheMaxMemorySize` (50 MB) counted in characters. An article with non-Latin-1 text (curly
// quotes are enough) is a two-byte string, so the seed article's entry is 225 KB in memory, and
// the 10,000-article site settled near 375 MB of RSS under mixed requests. Without that memory
// (cacheMaxMemorySize: 0) it stayed under 300 MB, but Next.js rendered every page it had made
// at run time again on every request (an article: 129 ms instead of 8 ms), and the same mixed
// requests took 35% longer. Compressed (V8's serializer, then deflate at level 1), the seed
// article's entry is 42 KB; writing it costs about 2.4 ms once per render and reading it about
// 1 ms, and only requests that miss page-cache.mjs's one-second copies reach it.
//
// It answers the two calls Next.js's FileSystemCache makes of its memory (get and set), and
// keeps the most recently used entries up to `maxBytes` of compressed data.
import { deserialize, serialize } from 'node:v8';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * @typedef {{ get(key: string): unknown, set(key: string, entry: unknown): void,
 *   has(key: string): boolean, remove(key: string): void, readonly size: number,
 *   readonly currentSize: number }} PageStore
 */

/** @param {{ maxBytes: number }} options @returns {PageStore} */
export function createCompressedPageStore({ maxBytes }) {
  /** Most recently used last (a Map keeps insertion order). @type {Map<string, Buffer>} */
  const entries = new Map();
  let bytes = 0;

  /** @param {string} key */
  const remove = (key) => {
    const stored = entries.get(key);
    if (!stored) return;
    bytes -= stored.length;
    entries.delete(key);
  };

  return {
    get(key) {
      const stored = entries.get(key);
      if (!stored) return undefined;
      // Used again: it moves to the end, the last to be dropped.
      entries.delete(key);
      entries.set(key, stored);
      // A fresh copy each time, as a read from disk would give: nothing Next.js does to the
      // object it is handed can reach the stored entry.
      return deserialize(inflateRawSync(stored));
    },
    set(key, entry) {
      remove(key);
      const stored = deflateRawSync(serialize(entry), { level: 1 });
      // An entry larger than the whole store is not kept (as Next.js's own memory does).
      if (stored.length > maxBytes) return;
      entries.set(key, stored);
      bytes += stored.length;
      for (const oldest of entries.keys()) {
        if (bytes <= maxBytes) break;
        remove(oldest);
      }
    },
    has(key) {
      return entries.has(key);
    },
    remove,
    get size() {
      return entries.size;
    },
    get currentSize() {
      return bytes;
    },
  };
}
