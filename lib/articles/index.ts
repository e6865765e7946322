import 'server-only';
import { getEnv } from '../env';
import { getCatalog } from './catalog';
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
