import 'server-only';
import { getEnv } from '../env';
import { getCatalog } from './catalog';
import {
  collectTopics,
  inSection,
  neighboursInSection,
  relatedTo,
  withTopic,
  type Topic,
} from './collections';
import type { Article } from './load';
import { renderMarkdown } from './render';
import { countWords, readingMinutes } from './text';

export type { Article } from './load';
export { getImageSize, type ImageSize } from './images';
export { tagSlug } from './tags';

/** Every published article, newest first (drafts and future-dated ones too in `next dev`). */
export async function listArticles(): Promise<Article[]> {
  return (await getCatalog()).articles;
}

export async function getArticle(slug: string): Promise<Article | undefined> {
  return (await getCatalog()).bySlug.get(slug);
}

/** The article that used to live at `/articles/<slug>`, for a permanent redirect. */
export async function getArticleByAlias(slug: string): Promise<Article | undefined> {
  return (await getCatalog()).byAlias.get(slug);
}

// Keyed by the Article object: in production it lives as long as the process; in development a
// re-read creates new objects, so an edited body is rendered afresh.
const htmlCache = new WeakMap<Article, string>();

/** The article body as sanitized HTML, rendered on first use, not when listing. */
export async function getArticleHtml(article: Article): Promise<string> {
  let html = htmlCache.get(article);
  if (html === undefined) {
    html = renderMarkdown(article.body, { dateline: article.dateline });
    htmlCache.set(article, html);
  }
  return html;
}

export type ReadingStats = { wordCount: number; readingMinutes: number };

/** Word count and reading time, computed when an article is shown (lists never need them). */
export function getReadingStats(article: Article): ReadingStats {
  const wordCount = countWords(article.body);
  return { wordCount, readingMinutes: readingMinutes(wordCount) };
}

/**
 * Slugs `next build` prerenders: the newest PRERENDER_ARTICLES and their old slugs (aliases),
 * so those redirects are static too. Older articles render on their first request and are
 * cached from then on, so a 10,000-article site still builds in minutes.
 */
export async function listPrerenderSlugs(): Promise<string[]> {
  const articles = (await listArticles()).slice(0, getEnv().PRERENDER_ARTICLES);
  return articles.flatMap((article) => [article.slug, ...article.aliases]);
}

export type { Topic } from './collections';

/** Published articles of a section, newest first. */
export async function listArticlesInSection(section: string): Promise<Article[]> {
  return inSection(await listArticles(), section);
}

/** Every topic (tag) of the published articles, most used first. */
export async function listTopics(): Promise<Topic[]> {
  return collectTopics(await listArticles()).sort(
    (a, b) => b.count - a.count || a.slug.localeCompare(b.slug),
  );
}

/** A topic by its URL slug, with its articles newest first; undefined for a topic no article has. */
export async function getTopic(
  slug: string,
): Promise<{ topic: Topic; articles: Article[] } | undefined> {
  const articles = withTopic(await listArticles(), slug);
  const topic = collectTopics(articles).find((candidate) => candidate.slug === slug);
  return topic ? { topic, articles } : undefined;
}

/** What to read next: related by shared tags, more from the section, and its neighbours there. */
export async function getReadingNext(article: Article, limits = { related: 4, section: 4 }) {
  const articles = await listArticles();
  const related = relatedTo(article, articles, limits.related);
  const shown = new Set([article.slug, ...related.map((other) => other.slug)]);
  return {
    related,
    alsoInSection: inSection(articles, article.section)
      .filter((other) => !shown.has(other.slug))
      .slice(0, limits.section),
    ...neighboursInSection(article, articles),
  };
}
