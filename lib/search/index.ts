import 'server-only';
import path from 'node:path';
import { listArticles, listSearchable, loadInBackground, type Article } from '../articles';
import { isDevelopment } from '../content';
import type { EditionCode } from '../editions';
import { getSite } from '../site/config';
import {
  buildSearchIndex,
  emptySearch,
  getSearchIndex,
  loadSearchIndex,
  runSearch,
  type SearchIndex,
  type SearchResultsPage,
} from './engine';
import { normalizeQuery } from './terms';

export type { SearchHit, SearchResultsPage } from './engine';
export type { Segment } from './highlight';
export { maxQueryLength, normalizeQuery } from './terms';

/**
 * Page `page` of the published articles matching `query`, best first, with the matched words
 * marked in each title and excerpt. With `lang`, only that edition's articles; without, every
 * edition's. One index serves every edition, so limiting to one costs nothing extra. An empty
 * query asks nothing and builds no index.
 */
export async function searchArticles(
  query: string,
  page: number,
  lang?: EditionCode,
): Promise<SearchResultsPage> {
  if (normalizeQuery(query) === '') return emptySearch();
  // The index covers every article but drafts, embargoed ones too, so the one built at start-up
  // stays right as embargoes lift; the published list decides what is shown.
  const [index, published] = await Promise.all([
    getSearchIndex(await listSearchable(), storedIndex),
    listArticles(),
  ]);
  const listed = listedSlugs(published);
  return runSearch(index, query, page, getSite().pageSize, lang, (article) =>
    listed.has(article.slug),
  );
}

// By slug: in `next dev` the two lists are separate reads of the files. One set per published
// list, which lives until the list changes: made per search, it was a tenth of a search's time
// on a 10,000-article site.
const listedBySlug = new WeakMap<readonly Article[], ReadonlySet<string>>();

function listedSlugs(published: readonly Article[]): ReadonlySet<string> {
  let slugs = listedBySlug.get(published);
  if (!slugs) {
    slugs = new Set(published.map((article) => article.slug));
    listedBySlug.set(published, slugs);
  }
  return slugs;
}

/**
 * Builds the search index in the background (reading the articles first if need be), for the
 * server to call at start-up, so the first search does not wait seconds for it. Production only.
 */
export async function warmSearchIndex(): Promise<void> {
  await loadInBackground();
  await getSearchIndex(await listSearchable(), storedIndex);
}

/**
 * Where `npm run build` stores the index: building one for 10,000 articles takes the server
 * seconds of work at every start, opening it a few milliseconds. Inside .next, so it goes with
 * the build it was made for.
 */
const storedIndexFile = path.join(process.cwd(), '.next', 'search-index.db');

/**
 * The index `npm run build` stored, when it was made from these very articles; `next dev`
 * always builds its own (its articles change as they are edited). A missing, unreadable or
 * stale file is not an error: the index is built instead, as before there was one.
 */
async function storedIndex(articles: readonly Article[]): Promise<SearchIndex | undefined> {
  if (isDevelopment()) return undefined;
  try {
    return await loadSearchIndex(storedIndexFile, articles);
  } catch (error) {
    console.error(`${storedIndexFile} could not be opened; building the index instead:`, error);
    return undefined;
  }
}

/** For `npm run build`: builds the index of the searchable articles and stores it. */
export async function storeSearchIndex(): Promise<{ file: string; articles: number }> {
  const articles = await listSearchable();
  (await buildSearchIndex(articles, storedIndexFile)).db.close();
  return { file: storedIndexFile, articles: articles.length };
}
