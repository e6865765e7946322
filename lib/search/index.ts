import 'server-only';
import { listArticles, listSearchable, loadInBackground } from '../articles';
import type { EditionCode } from '../editions';
import { getSite } from '../site/config';
import { emptySearch, getSearchIndex, runSearch, type SearchResultsPage } from './engine';
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
    getSearchIndex(await listSearchable()),
    listArticles(),
  ]);
  // By slug: in `next dev` the two lists are separate reads of the files.
  const listed = new Set(published.map((article) => article.slug));
  return runSearch(index, query, page, getSite().pageSize, lang, (article) =>
    listed.has(article.slug),
  );
}

/**
 * Builds the search index in the background (reading the articles first if need be), for the
 * server to call at start-up, so the first search does not wait seconds for it. Production only.
 */
export async function warmSearchIndex(): Promise<void> {
  await loadInBackground();
  await getSearchIndex(await listSearchable());
}
