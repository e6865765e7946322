// Part of `npm run build`: builds the search index of the articles and stores it in
// .next/search-index.db (SQLite FTS5), which the server opens at start-up instead of building
// it (seconds of work on a large site, while readers wait for the first search).
import { storeSearchIndex } from '../lib/search';

const started = performance.now();
const { file, articles } = await storeSearchIndex();
console.log(
  `Search index: ${articles} articles in ${((performance.now() - started) / 1000).toFixed(1)} s -> ${file}`,
);
