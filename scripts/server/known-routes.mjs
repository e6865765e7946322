// Answers "is this a URL the site can have?" for the dynamic routes whose values come from the
// content (articles, share images, sections, topics, list pages), from the list `npm run build`
// writes (lib/pages/known-routes.ts). An unknown one gets the static 404 page without rendering, so
// random slugs never leave cached pages on disk.
import { existsSync, readFileSync } from 'node:fs';

/**
 * @typedef {{ sections: Record<string, number>, topics: Record<string, number>,
 *   frontPages: number }} EditionLists
 * @typedef {{ version: 2, defaultEdition: string, editions: string[], reserved: string[],
 *   articles: string[], lists: Record<string, EditionLists> }} KnownRoutes
 */

/**
 * @param {string} file
 * @returns {KnownRoutes | undefined} the list the build wrote; undefined when there is none, or
 *   an older build's.
 */
export function readKnownRoutes(file) {
  if (!existsSync(file)) return undefined;
  const known = JSON.parse(readFileSync(file, 'utf8'));
  return known?.version === 2 ? /** @type {KnownRoutes} */ (known) : undefined;
}

/**
 * @param {KnownRoutes} known
 * @returns {(path: string) => boolean}
 */
export function unknownPathTest(known) {
  const articles = new Set(known.articles);
  const reserved = new Set(known.reserved);
  const editions = new Set(known.editions);
  /** @type {Map<string, { sections: Map<string, number>, topics: Map<string, number>, frontPages: number }>} */
  const lists = new Map(
    Object.entries(known.lists).map(([lang, list]) => [
      lang,
      {
        sections: new Map(Object.entries(list.sections)),
        topics: new Map(Object.entries(list.topics)),
        frontPages: list.frontPages,
      },
    ]),
  );

  /** @param {string | undefined} segment @param {number} pages */
  const badPage = (segment, pages) =>
    !/^[1-9]\d{0,5}$/.test(segment ?? '') || Number(segment) > pages;

  /**
   * A path within one edition (`/articles/x`, with any edition prefix removed).
   * @param {string[]} parts @param {string} lang
   */
  const unknownInEdition = (parts, lang) => {
    const list = lists.get(lang);
    const [, first, second, third, fourth] = parts;
    if (!list || second === undefined || second === '') return false;
    const value = decode(second);
    switch (first) {
      case 'articles':
        if (parts.length === 3) return !articles.has(value);
        // An article's comment pages: /articles/<slug>/comments/<n> (n ≥ 2; how many depends on
        // comments, which the build cannot know, so only the shape and the slug are judged).
        if (parts.length === 5 && third === 'comments')
          return !articles.has(value) || !/^[1-9]\d{0,5}$/.test(fourth ?? '');
        return false;
      case 'page':
        return parts.length === 3 && badPage(second, list.frontPages);
      case 'sections':
      case 'topics': {
        const pages = (first === 'sections' ? list.sections : list.topics).get(value);
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

  return (path) => {
    const parts = path.split('/');
    // Only exact shapes are judged; anything else (a trailing slash Next redirects, a deeper
    // path that matches no route) goes on to Next.js as before.
    const [empty, first] = parts;
    if (empty !== '' || first === undefined || first === '') return false;
    if (first === 'og') return parts.length === 3 && !articles.has(decode(parts[2] ?? ''));
    if (first === known.defaultEdition) return false; // redirected to the unprefixed URL
    if (editions.has(first)) return unknownInEdition(['', ...parts.slice(2)], first);
    // Any other first segment would reach the pages as an edition code that does not exist.
    if (!reserved.has(decode(first))) return true;
    return unknownInEdition(parts, known.defaultEdition);
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
