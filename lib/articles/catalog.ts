import 'server-only';
import { ContentError, isDevelopment } from '../content';
import { editionRank } from '../editions';
import { listSections } from '../sections';
import { publicationCutoff } from './clock';
import { loadArticles, type Article } from './load';

type Catalog = {
  /** Articles readers can see, newest first. */
  articles: Article[];
  bySlug: Map<string, Article>;
  byAlias: Map<string, Article>;
  /** Every language version of a story (same `story` key), in the editions' order. */
  byStory: Map<string, Article[]>;
};

let cached: Promise<Catalog> | undefined;

/**
 * Front matter is read once per process; in `next dev` it is re-read on every call so an
 * editor sees changes (and problems) on reload.
 */
export function getCatalog(): Promise<Catalog> {
  if (isDevelopment()) return readCatalog(true);
  // The promise is kept, not the result, so concurrent first requests share one read; a failed
  // read is not kept, so the next request reports the problems again instead of a stale error.
  cached ??= readCatalog(false).catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function readCatalog(development: boolean): Promise<Catalog> {
  const { articles, problems } = loadArticles(listSections());
  if (problems.length > 0) throw new ContentError(problems);
  const now = development ? 0 : await publicationCutoff();
  return buildCatalog(articles, { includeUnpublished: development, now });
}

export function buildCatalog(
  all: readonly Article[],
  options: { includeUnpublished: boolean; now: number },
): Catalog {
  // Drafts and embargoed (future-dated) articles exist only in development.
  const articles = all
    .filter(
      (article) =>
        options.includeUnpublished || (!article.draft && article.publishedAt <= options.now),
    )
    .sort(newestFirst);
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  const byAlias = new Map(
    articles.flatMap((article) => article.aliases.map((alias) => [alias, article] as const)),
  );
  const byStory = new Map<string, Article[]>();
  for (const article of articles) {
    if (article.story === undefined) continue;
    byStory.set(article.story, [...(byStory.get(article.story) ?? []), article]);
  }
  for (const versions of byStory.values())
    versions.sort((a, b) => editionRank(a.lang) - editionRank(b.lang));
  return { articles, bySlug, byAlias, byStory };
}

function newestFirst(a: Article, b: Article): number {
  return b.publishedAt - a.publishedAt || a.slug.localeCompare(b.slug);
}
