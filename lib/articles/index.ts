import 'server-only';
import { getEnv } from '../env';
import { getCatalog, listSearchable, loadInBackground } from './catalog';
import { indexCollections, type Collections, type Topic } from './collections';
import { readArticleBody, type Article } from './load';
import { renderMarkdown } from './render';
import { countWords, readingMinutes } from './text';

export type { Article } from './load';
export { listSearchable, loadInBackground };
export { getImageSize, type ImageSize } from './images';
export { tagSlug } from './tags';

/**
 * Published articles, newest first (drafts and future-dated ones too in `next dev`): one
 * edition's when `lang` is given, every edition's otherwise (search across editions, sitemap).
 */
export async function listArticles(lang?: string): Promise<Article[]> {
  const { articles } = await getCatalog();
  if (lang === undefined) return articles;
  // One array per edition for as long as the catalog lives: callers (the search index) key
  // their own caches on it.
  let editions = editionLists.get(articles);
  if (!editions) {
    editions = new Map();
    editionLists.set(articles, editions);
  }
  let list = editions.get(lang);
  if (!list) {
    list = articles.filter((article) => article.lang === lang);
    editions.set(lang, list);
  }
  return list;
}

const editionLists = new WeakMap<readonly Article[], Map<string, Article[]>>();

/**
 * Every language version of an article's story, the article itself included, in the order of
 * the editions' list; just the article when it has no translations.
 */
export async function listStoryVersions(article: Article): Promise<Article[]> {
  if (article.story === undefined) return [article];
  return (await getCatalog()).byStory.get(article.story) ?? [article];
}

/** The other language versions of an article's story, in the order of the editions' list. */
export async function listTranslations(article: Article): Promise<Article[]> {
  return (await listStoryVersions(article)).filter((other) => other.slug !== article.slug);
}

export async function getArticle(slug: string): Promise<Article | undefined> {
  return (await getCatalog()).bySlug.get(slug);
}

/** The article that used to live at `/articles/<slug>`, for a permanent redirect. */
export async function getArticleByAlias(slug: string): Promise<Article | undefined> {
  return (await getCatalog()).byAlias.get(slug);
}

// The most recently shown articles' HTML, keyed by the Article object (in `next dev` a re-read
// makes new objects, so an edited body is rendered afresh). Bounded: on a 10,000-article site
// an unbounded cache kept every body ever shown twice in memory (Markdown and HTML), and the
// page cache in front of it already serves the hot articles.
const htmlCacheSize = 200;
const htmlCache = new Map<Article, string>();

// A count costs a read of the file, so it is made once per article (a few bytes each), for as
// long as the article object lives.
const statsCache = new WeakMap<Article, ReadingStats>();

/** The article body as sanitized HTML, rendered on first use, not when listing. */
export async function getArticleHtml(article: Article): Promise<string> {
  let html = htmlCache.get(article);
  if (html === undefined) {
    const body = readArticleBody(article);
    html = renderMarkdown(body, { dateline: article.dateline });
    // The page shows the reading time too: counted from this read, not from a second one.
    if (!statsCache.has(article)) statsCache.set(article, statsOf(body));
    if (htmlCache.size >= htmlCacheSize) {
      const oldest = htmlCache.keys().next().value;
      if (oldest !== undefined) htmlCache.delete(oldest);
    }
  } else {
    htmlCache.delete(article);
  }
  // Re-inserted last: a Map iterates in insertion order, so the first key is the least recent.
  htmlCache.set(article, html);
  return html;
}

export type ReadingStats = { wordCount: number; readingMinutes: number };

/** Word count and reading time, computed when an article is shown (lists never need them). */
export function getReadingStats(article: Article): ReadingStats {
  let stats = statsCache.get(article);
  if (!stats) {
    stats = statsOf(readArticleBody(article));
    statsCache.set(article, stats);
  }
  return stats;
}

function statsOf(body: string): ReadingStats {
  const wordCount = countWords(body);
  return { wordCount, readingMinutes: readingMinutes(wordCount) };
}

/**
 * Slugs `next build` prerenders: the newest PRERENDER_ARTICLES and their old slugs (aliases),
 * so those redirects are static too. Older articles render on their first request and are
 * cached from then on, so a 10,000-article site still builds in minutes.
 */
export async function listPrerenderSlugs(lang?: string): Promise<string[]> {
  const articles = (await listArticles(lang)).slice(0, getEnv().PRERENDER_ARTICLES);
  return articles.flatMap((article) => [article.slug, ...article.aliases]);
}

/**
 * The one share image `next build` draws: Cache Components needs one sample of the route to
 * validate. Every other image is drawn on its first request and cached, since most are never
 * asked for and drawing them all was a fifth of a 10,000-article build.
 */
export async function listPrerenderShareImages(): Promise<string[]> {
  const newest = (await listArticles())[0];
  return newest ? [newest.slug] : [];
}

export type { Topic } from './collections';

// One grouping per edition list, for as long as the list lives (a catalog's lifetime).
const collections = new WeakMap<readonly Article[], Collections>();

async function collectionsOf(lang: string): Promise<Collections> {
  const articles = await listArticles(lang);
  let grouped = collections.get(articles);
  if (!grouped) {
    grouped = indexCollections(articles);
    collections.set(articles, grouped);
  }
  return grouped;
}

/** Published articles of a section in one edition, newest first. */
export async function listArticlesInSection(
  section: string,
  lang: string,
): Promise<readonly Article[]> {
  return (await collectionsOf(lang)).inSection(section);
}

/** Every topic (tag) of an edition's published articles, most used first. */
export async function listTopics(lang: string): Promise<readonly Topic[]> {
  return (await collectionsOf(lang)).topics;
}

/** A topic by its URL slug, with its articles newest first; undefined for a topic no article has. */
export async function getTopic(
  slug: string,
  lang: string,
): Promise<{ topic: Topic; articles: readonly Article[] } | undefined> {
  return (await collectionsOf(lang)).topic(slug);
}

/**
 * What to read next, in the article's own edition: related by shared tags, more from the
 * section, and its neighbours there.
 */
export async function getReadingNext(article: Article, limits = { related: 4, section: 4 }) {
  const grouped = await collectionsOf(article.lang);
  const related = grouped.relatedTo(article, limits.related);
  const shown = new Set([article.slug, ...related.map((other) => other.slug)]);
  const alsoInSection: Article[] = [];
  for (const other of grouped.inSection(article.section)) {
    if (alsoInSection.length >= limits.section) break;
    if (!shown.has(other.slug)) alsoInSection.push(other);
  }
  const { older, newer } = grouped.neighboursInSection(article);
  return { related, alsoInSection, older, newer };
}
