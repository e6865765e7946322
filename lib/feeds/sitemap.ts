import type { MetadataRoute } from 'next';
import { tagSlug, type Article, type Topic } from '../articles';
import { toInstant } from '../dates';
import { routes } from '../routes';
import type { Section } from '../sections';

export type SitemapInput = {
  /** Absolute origin of the site, with no trailing slash. */
  baseUrl: string;
  /** Published articles, newest first. */
  articles: readonly Article[];
  sections: readonly Section[];
  topics: readonly Topic[];
};

/**
 * Every public page a crawler should index: the front page, each article, section and topic.
 * A list page's lastModified is its newest article's, so crawlers revisit it only when it changed.
 */
export function buildSitemap({
  baseUrl,
  articles,
  sections,
  topics,
}: SitemapInput): MetadataRoute.Sitemap {
  const url = (pathname: string) => new URL(pathname, `${baseUrl}/`).toString();
  const bySection = new Map<string, string>();
  const byTopic = new Map<string, string>();
  let site: string | undefined;
  for (const article of articles) {
    const changed = lastChange(article);
    site = later(site, changed);
    bySection.set(article.section, later(bySection.get(article.section), changed));
    for (const tag of article.tags)
      byTopic.set(tagSlug(tag), later(byTopic.get(tagSlug(tag)), changed));
  }
  return [
    { url: url(routes.home()), lastModified: site },
    ...articles.map((article) => ({
      url: url(routes.article(article.slug)),
      lastModified: lastChange(article),
    })),
    ...sections.map((section) => ({
      url: url(routes.section(section.slug)),
      lastModified: bySection.get(section.slug),
    })),
    ...topics.map((topic) => ({
      url: url(routes.topic(topic.slug)),
      lastModified: byTopic.get(topic.slug),
    })),
  ];
}

/** The date as the newsroom wrote it (a W3C date or date-time, which sitemaps accept as is). */
function lastChange(article: Article): string {
  return article.updated ?? article.date;
}

function later(current: string | undefined, candidate: string): string {
  return current === undefined || toInstant(candidate) > toInstant(current) ? candidate : current;
}
