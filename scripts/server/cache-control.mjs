// What every answer says to caches. Next.js marks a prerendered page `s-maxage=2592000` (its
// default for cacheLife('max')), which a shared cache such as nginx in front of the app would
// honour for 30 days: readers would not see an approved comment for a month. Next.js writes
// that header itself for pages, after next.config's headers(), so it is replaced here, as the
// answer leaves the server.
//
// Public pages: a shared cache may answer from its copy for `sharedCacheSeconds`, then from that
// copy for `staleSeconds` more while it asks the app again; browsers revalidate every time (the
// ETag makes that a 304). Pages for one person, posts, and answers that set a cookie: never kept.
import { setsOwnPolicy } from './security-headers.mjs';
import { immutableCacheControl } from './versioned-files.mjs';

/** How long a shared cache (nginx, a CDN) may answer a public page without asking the app. */
export const sharedCacheSeconds = 2;

/** How much longer it may answer with that copy while it fetches a new one in the background. */
export const staleSeconds = 2;

/**
 * An approved comment is on the page for every reader this long after the decision: a copy can
 * be fresh for `sharedCacheSeconds`, then shown stale for `staleSeconds`, and caches that count
 * in whole seconds (nginx) keep it until the end of the last second (README, deploy/README.md).
 */
export const visibleWithinSeconds = sharedCacheSeconds + staleSeconds + 1;

export const publicCacheControl = `public, max-age=0, s-maxage=${sharedCacheSeconds}, stale-while-revalidate=${staleSeconds}`;
export const privateCacheControl = 'private, no-store';

/**
 * Paths whose answers are for one person and never kept: the moderator console, comment status
 * links and report forms (the pages rendered per request, with their own nonce policy), and the
 * health check, which must always ask this instance.
 * @param {string} path
 */
export function isPrivatePath(path) {
  return setsOwnPolicy(path) || path === '/health';
}

/**
 * The Cache-Control an answer leaves with, or undefined to send it as it is. `versioned`: the
 * request named a public/ file by the digest of its current content (versioned-files.mjs).
 * @param {{ method: string, path: string, cacheControl: string | undefined, setsCookie: boolean, versioned?: boolean }} answer
 * @returns {string | undefined}
 */
export function cacheControlFor({ method, path, cacheControl, setsCookie, versioned = false }) {
  // Content-hashed files: Next.js says immutable, and they are.
  if (path.startsWith('/_next/static/')) return undefined;
  if ((method !== 'GET' && method !== 'HEAD') || setsCookie || isPrivatePath(path))
    return privateCacheControl;
  if (versioned) return immutableCacheControl;
  if (cacheControl === undefined) return undefined;
  // Next.js's answer for a prerendered page (or its 404), and its "public, max-age=0,
  // must-revalidate" for the sitemap, robots.txt, icons and the feeds: public, the same for
  // every reader, for a short while.
  if (/\bs-maxage=/.test(cacheControl) || /^public, max-age=0\b/.test(cacheControl))
    return publicCacheControl;
  // Anything else says what it means (search: no-store; share images: a day).
  return undefined;
}

/**
 * Sets the answer's Cache-Control just before its headers are sent, when every header Next.js
 * set is known. Call it after anything else that wraps the response's write and end (the page
 * cache), so they see the final header too.
 * @param {import('node:http').ServerResponse} response
 * @param {{ method: string, path: string, versioned?: boolean }} request the path as the client
 *   asked for it, and whether its URL named a public/ file by its current digest
 */
export function applyCachePolicy(response, { method, path, versioned = false }) {
  let settled = false;
  /** @param {number} status the answer's status (writeHead's argument is not set on it yet) */
  const settle = (status = response.statusCode) => {
    if (settled || response.headersSent) return;
    settled = true;
    const current = response.getHeader('cache-control');
    const control = cacheControlFor({
      method,
      path,
      cacheControl: current === undefined ? undefined : String(current),
      setsCookie: response.getHeader('set-cookie') !== undefined,
      // Only the file itself is kept for a year: a 404 (the file gone) or an error is not.
      versioned: versioned && (status === 200 || status === 304),
    });
    if (control !== undefined) response.setHeader('Cache-Control', control);
  };
  const { writeHead, write, end } = response;
  response.writeHead = /** @type {typeof response.writeHead} */ (
    function (/** @type {number} */ status, /** @type {any[]} */ ...rest) {
      // Headers passed here are set first, so the decision sees them (and can replace them).
      const message = setWriteHeadHeaders(response, rest);
      settle(status);
      return message === undefined
        ? writeHead.call(response, status)
        : writeHead.call(response, status, message);
    }
  );
  response.write = /** @type {typeof response.write} */ (
    function (/** @type {any[]} */ ...args) {
      settle();
      return write.apply(response, /** @type {any} */ (args));
    }
  );
  response.end = /** @type {typeof response.end} */ (
    function (/** @type {any[]} */ ...args) {
      settle();
      return end.apply(response, /** @type {any} */ (args));
    }
  );
}

/**
 * Sets the headers given to `writeHead(status, [message], [headers])` as set headers, so code
 * that runs before they are sent sees them. Returns the status message, if one was given.
 * @param {import('node:http').ServerResponse} response
 * @param {unknown[]} rest writeHead's arguments after the status
 * @returns {string | undefined}
 */
export function setWriteHeadHeaders(response, rest) {
  const headers = /** @type {any} */ (
    rest.find((value) => typeof value === 'object' && value !== null)
  );
  if (Array.isArray(headers))
    for (let i = 0; i + 1 < headers.length; i += 2) response.setHeader(headers[i], headers[i + 1]);
  else if (headers)
    for (const [name, value] of Object.entries(headers))
      if (value !== undefined) response.setHeader(name, /** @type {any} */ (value));
  return /** @type {string | undefined} */ (rest.find((value) => typeof value === 'string'));
}
