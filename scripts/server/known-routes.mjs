// Answers "is this a URL the site can have?" for the dynamic routes whose values come from the
// content (articles, share images, sections, topics, list pages), from the list `npm run build`
// writes (lib/known-routes.ts). An unknown one gets the static 404 page without rendering, so
// random slugs never leave cached pages on disk.
import { existsSync, readFileSync } from 'node:fs';

/**
 * @typedef {{ version: 1, articles: string[], sections: Record<string, number>,
 *   topics: Record<string, number>, frontPages: number }} KnownRoutes
 */

/**
 * @param {string} file
 * @returns {((path: string) => boolean) | undefined} whether a path is certainly not a page;
 *   undefined when the build wrote no list (then nothing is refused here).
 */
export function loadKnownRoutes(file) {
  if (!existsSync(file)) return undefined;
  return unknownPathTest(/** @type {KnownRoutes} */ (JSON.parse(readFileSync(file, 'utf8'))));
}

/**
 * @param {KnownRoutes} known
 * @returns {(path: string) => boolean}
 */
export function unknownPathTest(known) {
  const articles = new Set(known.articles);
  const sections = new Map(Object.entries(known.sections));
  const topics = new Map(Object.entries(known.topics));

  /** @param {string | undefined} segment @param {number} pages */
  const badPage = (segment, pages) =>
    !/^[1-9]\d{0,5}$/.test(segment ?? '') || Number(segment) > pages;

  return (path) => {
    const parts = path.split('/');
    // Only exact shapes are judged; anything else (a trailing slash Next redirects, a deeper
    // path that matches no route) goes on to Next.js as before.
    const [empty, first, second, third, fourth] = parts;
    if (empty !== '' || second === undefined || second === '') return false;
    const value = decode(second);
    switch (first) {
      case 'articles':
      case 'og':
        return parts.length === 3 && !articles.has(value);
      case 'page':
        return parts.length === 3 && badPage(second, known.frontPages);
      case 'sections':
      case 'topics': {
        const pages = (first === 'sections' ? sections : topics).get(value);
        if (parts.length === 3) return pages === undefined;
        if (parts.length === 4 && first === 'sections' && third === 'feed.xml')
          return pages === undefined;
        if (parts.length === 5 && third === 'page')
          return pages === undefined || badPage(fourth, pages);
        return false;
      }
      default:
        return false;
    }
  };
}

/** @param {string} segment */
function decode(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '\u0000'; // matches no slug
  }
}
