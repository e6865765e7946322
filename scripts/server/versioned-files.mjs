// public/ files the pages ask for with a digest of their content as the query
// (`/enhance.js?v=…`). A changed file gets a new URL, so an answer to the current URL can be kept
// by browsers for a year: behind nginx (deploy/nginx.conf) and from `npm start` alike. Without
// that, every page view revalidated the script, and Chromium sometimes fetched it a second time
// within one page load.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The public pages' one script, as it is named in public/. */
export const enhanceScriptPath = '/enhance.js';

/** What an answer to a versioned URL says to caches. */
export const immutableCacheControl = 'public, max-age=31536000, immutable';

/**
 * A public/ file's URL with the digest of its content as the query.
 * @param {string} root the app's directory (public/ is in it)
 * @param {string} file the file's path as the site serves it, such as `/enhance.js`
 */
export function versionedUrl(root, file) {
  const digest = createHash('sha256')
    .update(readFileSync(path.join(root, 'public', file)))
    .digest('base64url');
  return `${file}?v=${digest.slice(0, 12)}`;
}

/**
 * The URLs, query included, that name the current content of their files.
 * @param {string} root
 * @returns {Set<string>}
 */
export function currentVersionedUrls(root) {
  return new Set([versionedUrl(root, enhanceScriptPath)]);
}
