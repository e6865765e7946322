import 'server-only';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadArticles } from '../articles/load';
import { tagSlug } from '../articles/tags';
import { defaultEdition, editionCodes } from '../editions';
import { pageCount } from './pagination';
import { listSections } from '../sections';
import { getSite } from '../site/config';

/**
 * Every value the site's dynamic routes can answer for, written at build time for the server
 * (scripts/server/known-routes.mjs). A request for anything else is answered with the static
 * 404 before Next.js renders, and caches, a page for it: otherwise each random slug a crawler
 * or an attacker asks for would leave a cached 404 on disk.
 *
 * It is an upper bound: drafts and embargoed articles count (their pages still decide what to
 * show), so an article that goes live without a rebuild is never refused.
 */
export type KnownRoutes = {
  version: 2;
  /** The edition whose pages have no prefix, and the others (`/ckb/…`). */
  defaultEdition: string;
  editions: string[];
  /** First path segments served by something other than an edition's pages. */
  reserved: string[];
  /** Slugs and old slugs (aliases) of every article file, in any edition (a wrong prefix redirects). */
  articles: string[];
  /** Per edition: its list pages. */
  lists: Record<string, EditionLists>;
};

export type EditionLists = {
  /** Section slug -> how many list pages it can have. */
  sections: Record<string, number>;
  /** Topic slug -> how many list pages it can have. */
  topics: Record<string, number>;
  /** How many pages the front page's list can have. */
  frontPages: number;
};

export function listKnownRoutes(): KnownRoutes {
  const sections = listSections();
  const { articles } = loadArticles(sections);
  const { pageSize } = getSite();
  const pages = (count: number) => pageCount(count, pageSize);
  const toPages = (counts: Map<string, number>) =>
    Object.fromEntries([...counts].map(([slug, count]) => [slug, pages(count)]));

  const lists: Record<string, EditionLists> = {};
  for (const lang of editionCodes()) {
    const inEdition = articles.filter((article) => article.lang === lang);
    const sectionCounts = new Map<string, number>(sections.map((section) => [section.slug, 0]));
    const topicCounts = new Map<string, number>();
    for (const article of inEdition) {
      sectionCounts.set(article.section, (sectionCounts.get(article.section) ?? 0) + 1);
      for (const slug of new Set(article.tags.map(tagSlug))) {
        if (slug !== '') topicCounts.set(slug, (topicCounts.get(slug) ?? 0) + 1);
      }
    }
    lists[lang] = {
      sections: toPages(sectionCounts),
      topics: toPages(topicCounts),
      frontPages: pages(inEdition.length),
    };
  }

  return {
    version: 2,
    defaultEdition,
    editions: editionCodes(),
    reserved: reservedSegments(),
    articles: articles.flatMap((article) => [article.slug, ...article.aliases]).sort(),
    lists,
  };
}

// Files at the top of app/ (or of a route group) that Next.js serves under another name.
const metadataFiles: Record<string, string> = {
  'robots.ts': 'robots.txt',
  'sitemap.ts': 'sitemap.xml',
  'manifest.ts': 'manifest.webmanifest',
};

/**
 * The first segments of URLs that are not an edition's pages: static routes at the top of app/
 * (and of its route groups), files in public/, Next.js's own assets, and the default edition's
 * unprefixed pages (rewritten in next.config.mjs). Anything else in first place would be read as
 * an edition code, so the server can refuse it.
 */
function reservedSegments(root = process.cwd()): string[] {
  const reserved = new Set([
    '_next',
    'articles',
    'sections',
    'topics',
    'page',
    'search',
    'feed.xml',
  ]);
  const app = path.join(root, 'app');
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (/^\(.+\)$/.test(entry.name)) visit(path.join(folder, entry.name));
        else if (!entry.name.startsWith('[') && !entry.name.startsWith('_'))
          reserved.add(entry.name);
      } else if (metadataFiles[entry.name]) {
        reserved.add(metadataFiles[entry.name] ?? entry.name);
      } else if (/^(favicon\.ico|(apple-)?icon\.\w+|opengraph-image\.\w+)$/.test(entry.name)) {
        reserved.add(entry.name);
      }
    }
  };
  visit(app);
  const publicDir = path.join(root, 'public');
  if (existsSync(publicDir)) for (const name of readdirSync(publicDir)) reserved.add(name);
  return [...reserved].sort();
}
