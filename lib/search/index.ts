import 'server-only';
import { listArticles } from '../articles';
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
  const index = await getSearchIndex(await listArticles());
  return runSearch(index, query, page, getSite().pageSize, lang);
}
