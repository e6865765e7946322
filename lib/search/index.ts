import 'server-only';
import { listArticles } from '../articles';
import { getSite } from '../site';
import { emptySearch, getSearchIndex, runSearch, type SearchPage } from './engine';
import { normalizeQuery } from './terms';

export type { SearchHit, SearchPage } from './engine';
export type { Segment } from './highlight';
export { maxQueryLength, normalizeQuery } from './terms';

/**
 * Page `page` of the published articles matching `query` (one edition's when `lang` is given),
 * best first, with the matched words
 * marked in each title and excerpt. An empty query asks nothing and builds no index.
 */
export async function searchArticles(
  query: string,
  page: number,
  lang?: string,
): Promise<SearchPage> {
  if (normalizeQuery(query) === '') return emptySearch();
  const index = await getSearchIndex(await listArticles(lang));
  return runSearch(index, query, page, getSite().pageSize);
}
