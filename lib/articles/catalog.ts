import 'server-only';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { ContentError, isDevelopment } from '../content';
import { editionRank } from '../editions';
import { listSections } from '../sections';
import { publicationCutoff } from './clock';
import { loadArticles, startArticleLoad, type Article, type ArticleLoad } from './load';

type Catalog = {
  /** Articles readers can see, newest first. */
  articles: Article[];
  bySlug: Map<string, Article>;
  byAlias: Map<string, Article>;
  /** Every language version of a story (same `story` key), in the editions' order. */
  byStory: Map<string, Article[]>;
};

type Loaded = {
  /** Every valid article, drafts and embargoed ones too, newest first. */
  all: Article[];
  /** The ones a search may find (all but drafts), newest first: the search index's list. */
  searchable: Article[];
};

// instrumentation.ts and the pages are bundled apart, each with its own copy of this module;
// the production read is kept on globalThis so the start-up warm-up and the pages share one
// read of the files instead of each making its own.
const loadSlot = Symbol.for('newsroom.articles.load');
type SharedLoad = { load: ArticleLoad; loaded?: Loaded };
const shared = globalThis as typeof globalThis & { [loadSlot]?: SharedLoad };

/** Files read per turn of the event loop while the server warms up (some tens of ms). */
const filesPerTurn = 200;

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

/**
 * Reads every article a few hundred files per turn of the event loop, for the server to call at
 * start-up: readers are answered meanwhile, and the first one to need the articles finds them
 * read (or has the rest read at once). Production only.
 */
export async function loadInBackground(): Promise<void> {
  const state = sharedLoad();
  while (!state.load.readSome(filesPerTurn)) await yieldToEventLoop();
  loadedNow();
}

/** Every article a search may find, newest first (production: one array per process). */
export async function listSearchable(): Promise<Article[]> {
  if (isDevelopment()) return (await getCatalog()).articles;
  return loadedNow().searchable;
}

function sharedLoad(): SharedLoad {
  shared[loadSlot] ??= { load: startArticleLoad(listSections()) };
  return shared[loadSlot];
}

/** The production read, finished now if the background read is not done yet. */
function loadedNow(): Loaded {
  const state = sharedLoad();
  if (state.loaded) return state.loaded;
  const { articles, problems } = state.load.finish();
  if (problems.length > 0) {
    // Not kept: the next request reads the files again and reports what is still wrong.
    shared[loadSlot] = undefined;
    throw new ContentError(problems);
  }
  const all = [...articles].sort(newestFirst);
  state.loaded = { all, searchable: all.filter((article) => !article.draft) };
  return state.loaded;
}

async function readCatalog(development: boolean): Promise<Catalog> {
  if (development) {
    const { articles, problems } = loadArticles(listSections());
    if (problems.length > 0) throw new ContentError(problems);
    return buildCatalog(articles, { includeUnpublished: true, now: 0 });
  }
  const { all } = loadedNow();
  return buildCatalog(all, { includeUnpublished: false, now: await publicationCutoff() });
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
