import 'server-only';
import { loadArticles } from './articles/load';
import { tagSlug } from './articles/tags';
import { listSections } from './sections';
import { getSite } from './site';

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
  version: 1;
  /** Slugs and old slugs (aliases) of every article file. */
  articles: string[];
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
  const pages = (count: number) => Math.max(1, Math.ceil(count / pageSize));

  const sectionCounts = new Map<string, number>(sections.map((section) => [section.slug, 0]));
  const topicCounts = new Map<string, number>();
  for (const article of articles) {
    sectionCounts.set(article.section, (sectionCounts.get(article.section) ?? 0) + 1);
    for (const slug of new Set(article.tags.map(tagSlug))) {
      if (slug !== '') topicCounts.set(slug, (topicCounts.get(slug) ?? 0) + 1);
    }
  }
  const toPages = (counts: Map<string, number>) =>
    Object.fromEntries([...counts].map(([slug, count]) => [slug, pages(count)]));

  return {
    version: 1,
    articles: articles.flatMap((article) => [article.slug, ...article.aliases]).sort(),
    sections: toPages(sectionCounts),
    topics: toPages(topicCounts),
    frontPages: pages(articles.length),
  };
}
