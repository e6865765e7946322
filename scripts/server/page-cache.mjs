// A short-lived in-memory copy of the public pages Next.js answers from its own cache.
//
// Why: a prerendered page is already finished HTML, but Next.js still does per request what a
// file server would not: match the route list, look the entry up, hash the whole page for its
// ETag, and encode the text to UTF-8 again. Profiled on the seed article (84 KB, non-Latin-1
// text), that costs ~5 ms of CPU per request against ~1.8 ms for a bare ASCII page of the same
// size. Here the bytes Next.js sent are kept for `ttlMs` and sent again as they are.
//
// What may be kept: a GET with no client-navigation headers, answered 200 with a public,
// shared-cacheable Cache-Control (s-maxage, never private or no-store) and no Set-Cookie. Pages
// rendered per request (search, the console, status links) say no-store and are never kept.
// Freshness: every copy is at most `ttlMs` old, and a moderator's decision in this process
// drops all copies at once (dropServedPages in lib/site/served-pages.ts), so an approved
// comment shows on the next load, as before.

import { createHash } from 'node:crypto';

/** Headers with which the browser asks for a client navigation's RSC payload, not the page. */
const navigationHeaders = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-action',
  'range',
];

/** Hop-by-hop or per-response headers that must not be replayed. */
const notReplayed = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
]);

/**
 * @typedef {{ status: number, headers: [string, string | string[]][], body: Buffer,
 *   etag: string, storedAt: number }} Entry
 * @typedef {{ ttlMs?: number, maxEntries?: number, maxBytes?: number, now?: () => number }} Options
 */

/** @param {Options} [options] */
export function createPageCache({
  ttlMs = 1000,
  maxEntries = 2000,
  maxBytes = 64 * 1024 * 1024,
  now = Date.now,
} = {}) {
  /** @type {Map<string, Entry>} */
  const entries = new Map();
  let bytes = 0;
  let generation = 0;

  /** @param {string} key */
  const remove = (key) => {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= entry.body.length;
    entries.delete(key);
  };

  /** @param {number} at */
  const sweep = (at) => {
    // Map order is insertion order: the oldest copies come first.
    for (const [key, entry] of entries) {
      if (at - entry.storedAt < ttlMs && entries.size <= maxEntries && bytes <= maxBytes) break;
      remove(key);
    }
  };

  /**
   * The key of a request that may be answered from a copy, or undefined.
   * @param {import('node:http').IncomingMessage} request
   * @param {string} variant what else the answer depends on (the client's scheme)
   */
  const keyOf = (request, variant) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
    for (const name of navigationHeaders) if (request.headers[name] !== undefined) return undefined;
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    return `${variant} ${gzip ? 'gzip' : 'identity'} ${request.url ?? '/'}`;
  };

  return {
    get size() {
      return entries.size;
    },

    /** Drops every copy: the pages changed (a moderator's decision, a withdrawal, a report). */
    clear() {
      entries.clear();
      bytes = 0;
      generation += 1;
    },

    /**
     * Answers the request from a fresh copy. Returns whether it did.
     * @param {import('node:http').IncomingMessage} request
     * @param {import('node:http').ServerResponse} response
     * @param {string} variant
     */
    serve(request, response, variant) {
      const key = keyOf(request, variant);
      if (key === undefined) return false;
      const entry = entries.get(key);
      if (!entry) return false;
      if (now() - entry.storedAt >= ttlMs) {
        remove(key);
        return false;
      }
      for (const [name, value] of entry.headers) response.setHeader(name, value);
      response.setHeader('X-Page-Cache', 'hit');
      if (request.headers['if-none-match'] === entry.etag) {
        response.statusCode = 304;
        response.end();
        return true;
      }
      response.statusCode = entry.status;
      response.setHeader('Content-Length', entry.body.length);
      response.end(request.method === 'HEAD' ? undefined : entry.body);
      return true;
    },

    /**
     * Watches Next.js answer a GET and keeps a copy of the bytes it sent when the answer may be
     * shared. The response is sent exactly as before; only a copy is taken.
     * @param {import('node:http').IncomingMessage} request
     * @param {import('node:http').ServerResponse} response
     * @param {string} variant
     */
    capture(request, response, variant) {
      if (request.method !== 'GET') return;
      const key = keyOf(request, variant);
      if (key === undefined) return;
      const startedIn = generation;
      /** @type {Buffer[]} */
      const chunks = [];
      let size = 0;
      let keep = true;
      let first = true;
      const write = response.write;
      const end = response.end;
      /** @param {unknown} chunk @param {unknown} [encoding] */
      const take = (chunk, encoding) => {
        // By its first byte the answer's status and headers are set: an answer that will not
        // be kept (a script, an image, a page rendered per request) is not copied at all.
        if (first) {
          first = false;
          if (!isShareable(response)) keep = false;
        }
        if (!keep || chunk === undefined || chunk === null || typeof chunk === 'function') return;
        const buffer =
          typeof chunk === 'string'
            ? Buffer.from(
                chunk,
                typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8',
              )
            : Buffer.from(/** @type {Uint8Array} */ (chunk));
        size += buffer.length;
        if (size > maxBytes / 8) keep = false;
        else chunks.push(buffer);
      };
      response.write = /** @type {typeof response.write} */ (
        function (
          /** @type {any} */ chunk,
          /** @type {any} */ encoding,
          /** @type {any} */ callback,
        ) {
          take(chunk, encoding);
          return write.call(response, chunk, encoding, callback);
        }
      );
      response.end = /** @type {typeof response.end} */ (
        function (
          /** @type {any} */ chunk,
          /** @type {any} */ encoding,
          /** @type {any} */ callback,
        ) {
          take(chunk, encoding);
          return end.call(response, chunk, encoding, callback);
        }
      );
      response.once('finish', () => {
        // A decision made while this page was being answered may have changed it.
        if (!keep || generation !== startedIn || !isShareable(response)) return;
        const body = Buffer.concat(chunks, size);
        const etagHeader = response.getHeader('etag');
        const etag =
          typeof etagHeader === 'string'
            ? etagHeader
            : `"${createHash('sha1').update(body).digest('base64url')}"`;
        /** @type {[string, string | string[]][]} */
        const headers = [];
        for (const [name, value] of Object.entries(response.getHeaders())) {
          if (value === undefined || notReplayed.has(name)) continue;
          headers.push([name, Array.isArray(value) ? value : String(value)]);
        }
        if (typeof etagHeader !== 'string') headers.push(['etag', etag]);
        const at = now();
        remove(key);
        entries.set(key, { status: response.statusCode, headers, body, etag, storedAt: at });
        bytes += body.length;
        sweep(at);
      });
    },
  };
}

/**
 * Whether a finished answer may be given to any other reader: a complete 200 that any shared
 * cache could keep, with no cookie set.
 * @param {import('node:http').ServerResponse} response
 */
function isShareable(response) {
  if (response.statusCode !== 200) return false;
  if (response.getHeader('set-cookie') !== undefined) return false;
  const control = String(response.getHeader('cache-control') ?? '');
  if (!/\bs-maxage=\d+/.test(control)) return false;
  return !/\b(private|no-store|no-cache)\b/.test(control);
}

/** The global slot through which the app drops the copies (see lib/site/served-pages.ts). */
export const servedPagesSlot = Symbol.for('newsroom.servedPages');
