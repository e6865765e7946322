import type { Article } from './load';
import { tagSlug } from './tags';

export type Topic = { slug: string; name: string; count: number };

/** Articles of one section, newest first (the input is already newest first). */
export function inSection(articles: readonly Article[], section: string): Article[] {
  return articles.filter((article) => article.section === section);
}

/** Every tag as a topic: the slug used in URLs, the most common spelling as its name, and how many articles. */
export function collectTopics(articles: readonly Article[]): Topic[] {
  const topics = new Map<string, { names: Map<string, number>; count: number }>();
  for (const article of articles) {
    for (const tag of article.tags) {
      const slug = tagSlug(tag);
      if (slug === '') continue;
      const topic = topics.get(slug) ?? { names: new Map(), count: 0 };
      topic.count += 1;
      topic.names.set(tag, (topic.names.get(tag) ?? 0) + 1);
      topics.set(slug, topic);
    }
  }
  return [...topics].map(([slug, { names, count }]) => ({
    slug,
    name: [...names].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? slug,
    count,
  }));
}

/** Articles tagged with a topic (by its slug), newest first. */
export function withTopic(articles: readonly Article[], slug: string): Article[] {
  return articles.filter((article) => article.tags.some((tag) => tagSlug(tag) === slug));
}

/**
 * Related reading: other articles ranked by how many tags they share with this one, then by
 * recency. Never the article itself; only articles that share at least one tag.
 */
export function relatedTo(
  article: Article,
  articles: readonly Article[],
  limit: number,
): Article[] {
  const tags = new Set(article.tags.map(tagSlug));
  if (tags.size === 0) return [];
  return articles
    .filter((other) => other.slug !== article.slug)
    .map((other) => ({ other, shared: other.tags.filter((tag) => tags.has(tagSlug(tag))).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || b.other.publishedAt - a.other.publishedAt)
    .slice(0, limit)
    .map(({ other }) => other);
}

/** The previous (older) and next (newer) article in the same section. */
export function neighboursInSection(
  article: Article,
  articles: readonly Article[],
): { older: Article | undefined; newer: Article | undefined } {
  const section = inSection(articles, article.section);
  const index = section.findIndex((other) => other.slug === article.slug);
  if (index < 0) return { older: undefined, newer: undefined };
  return { newer: section[index - 1], older: section[index + 1] };
}
