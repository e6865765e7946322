import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { existsSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import SearchableMap from 'minisearch/SearchableMap';
import { z } from 'zod';
import { readArticleBody, type Article } from '../articles/load';
import { plainText } from '../articles/text';
import { editionFor, type EditionCode } from '../editions';
import { pageCount, pageOffset } from '../pages/pagination';
import { excerptAround, excerptStart, highlight, type Segment } from './highlight';
import { normalizeQuery, tokenize, toTerm } from './terms';

export type SearchHit = {
  article: Article;
  /** The edition the article belongs to: its language, for the hit's `lang` and `dir`. */
  lang: EditionCode;
  /** The headline, with matched words marked. */
  title: Segment[];
  /** About 30 words of the summary or body around the first matched word. */
  excerpt: Segment[];
};

export type SearchResultsPage = {
  /** The query as searched (trimmed and capped); empty when nothing was asked. */
  query: string;
  /** Matching articles in all pages. */
  total: number;
  /** 1-based, within 1..totalPages. */
  page: number;
  totalPages: number;
  hits: SearchHit[];
};

export type SearchIndex = {
  articles: readonly Article[];
  /** SQLite FTS5: the postings live in SQLite's file and page cache, not in the JS heap. */
  db: Database.Database;
  /** Every indexed term with the number of articles it is in, for prefix and typo matching. */
  vocabulary: SearchableMap<number>;
  matches: Database.Statement<[string], { id: number; score: number }>;
  /** The same without scores: which articles match, and nothing computed for them. */
  matching: Database.Statement<[string], { id: number }>;
};

/** What a match through a longer word or a typo counts, against the word as typed. */
const widenedWeight = 0.4;

// A title match outranks a summary or tag match, which outranks a match deep in the body. In
// the order of the table's columns, for bm25().
const columns = ['title', 'tags', 'summary', 'body'] as const;
const weights = { title: 4, tags: 2, summary: 2, body: 1 } satisfies Record<
  (typeof columns)[number],
  number
>;

/**
 * Articles indexed between two yields to the event loop: a few milliseconds of work, since a
 * server without a stored index builds its own at start-up while it answers readers.
 */
const chunkSize = 20;

/** Version of the stored file's layout; a file of another version is not used. */
const storedVersion = 2;

// The columns hold terms as toTerm() makes them, joined by spaces, so FTS5 needs no tokenizer of
// its own beyond splitting on the spaces: the query, the index and the highlighter agree on what
// a word is. 'ascii' keeps every non-ASCII character inside a token (Sorani, Arabic, Cyrillic).
const schema = `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE VIRTUAL TABLE documents USING fts5(${columns.join(', ')}, tokenize = 'ascii');
`;

/** A text as the terms it is indexed under, separated by spaces. */
function termsOf(text: string): string {
  const terms: string[] = [];
  for (const word of tokenize(text)) {
    const term = toTerm(word);
    if (term !== null) terms.push(term);
  }
  return terms.join(' ');
}

/**
 * Builds the index of a list of articles into `file` (a SQLite database, replaced if there is
 * one), or in memory without one; `getSearchIndex` keeps one per list. The work is cut into
 * chunks with a yield between them: 10,000 articles take seconds, and a server that stopped for
 * that long would keep every other reader waiting.
 */
export async function buildSearchIndex(
  articles: readonly Article[],
  file?: string,
): Promise<SearchIndex> {
  // Written beside its final place and renamed when complete, so a server never opens half a file.
  const building = file === undefined ? ':memory:' : `${file}.${process.pid}.building`;
  if (file !== undefined) rmSync(building, { force: true });
  const db = new Database(building);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.exec(schema);
    const insert = db.prepare(
      `INSERT INTO documents (rowid, ${columns.join(', ')}) VALUES (?, ?, ?, ?, ?)`,
    );
    const insertChunk = db.transaction((start: number) => {
      articles.slice(start, start + chunkSize).forEach((article, offset) => {
        insert.run(
          start + offset,
          termsOf(article.title),
          termsOf(article.tags.join(' ')),
          termsOf(article.summary),
          // Plain text made here, chunk by chunk, and dropped once indexed.
          termsOf(bodyText(article)),
        );
      });
    });
    for (let start = 0; start < articles.length; start += chunkSize) {
      if (start > 0) await yieldToEventLoop();
      insertChunk(start);
    }
    // One segment instead of one per chunk: fewer b-trees for every query to read.
    db.exec(`INSERT INTO documents (documents) VALUES ('optimize')`);
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?), (?, ?)').run(
      'version',
      String(storedVersion),
      'slugs',
      JSON.stringify(articles.map((article) => article.slug)),
    );
  } catch (error) {
    db.close();
    if (file !== undefined) rmSync(building, { force: true });
    throw error;
  }
  if (file === undefined) return openIndex(db, articles);
  db.close();
  renameSync(building, file);
  return openIndex(new Database(file, { readonly: true, fileMustExist: true }), articles);
}

const metaSchema = z.object({
  version: z.literal(String(storedVersion)),
  /** The slugs of the indexed articles, in index order: an article's number is its place here. */
  slugs: z
    .string()
    .transform((json): unknown => JSON.parse(json))
    .pipe(z.array(z.string())),
});

/**
 * The index stored in `file` by `buildSearchIndex`, for this exact list of articles; undefined
 * when there is no such file, or it was made from another list (the content changed since the
 * build) or by another version, so the caller builds one instead.
 */
export async function loadSearchIndex(
  file: string,
  articles: readonly Article[],
): Promise<SearchIndex | undefined> {
  if (!existsSync(file)) return undefined;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare<[], { key: string; value: string }>('SELECT key, value FROM meta')
      .all();
    const meta = metaSchema.safeParse(Object.fromEntries(rows.map((row) => [row.key, row.value])));
    const slugs = meta.success ? meta.data.slugs : undefined;
    if (
      slugs === undefined ||
      slugs.length !== articles.length ||
      slugs.some((slug, i) => articles[i]?.slug !== slug)
    ) {
      db.close();
      return undefined;
    }
    return openIndex(db, articles);
  } catch (error) {
    db.close();
    throw error;
  }
}

function openIndex(db: Database.Database, articles: readonly Article[]): SearchIndex {
  // The terms and how many articles each is in, read from FTS5's own index of them.
  db.exec(`CREATE VIRTUAL TABLE temp.vocabulary USING fts5vocab(main, documents, row)`);
  const vocabulary = new SearchableMap<number>();
  const terms = db.prepare<[], { term: string; doc: number }>(
    'SELECT term, doc FROM temp.vocabulary',
  );
  for (const { term, doc } of terms.iterate()) vocabulary.set(term, doc);
  const columnWeights = columns.map((column) => weights[column]).join(', ');
  const matches = db.prepare<[string], { id: number; score: number }>(
    `SELECT rowid AS id, bm25(documents, ${columnWeights}) AS score
       FROM documents WHERE documents MATCH ?`,
  );
  const matching = db.prepare<[string], { id: number }>(
    'SELECT rowid AS id FROM documents WHERE documents MATCH ?',
  );
  return { articles, db, vocabulary, matches, matching };
}

// Keyed by the article list itself: in production the searchable list is one array for the
// whole process, so the index is built once; in `next dev` every re-read is a new array, so an
// edited article is searchable on the next request. Unused lists are garbage-collected.
// The promise is kept, so searches that arrive during the build wait for the same one. It lives
// on globalThis because instrumentation.ts (which builds it at start-up) and the search page are
// bundled apart, each with its own copy of this module.
const indexSlot = Symbol.for('newsroom.search.indexes');
const shared = globalThis as typeof globalThis & {
  [indexSlot]?: WeakMap<readonly Article[], Promise<SearchIndex>>;
};
const indexes = (shared[indexSlot] ??= new WeakMap());

/**
 * The index of this exact list of articles, made on first use: by `stored` when it has one for
 * the list (the index `npm run build` stored), built otherwise.
 */
export function getSearchIndex(
  articles: readonly Article[],
  stored?: (articles: readonly Article[]) => Promise<SearchIndex | undefined>,
): Promise<SearchIndex> {
  let index = indexes.get(articles);
  if (!index) {
    index = (async () => (await stored?.(articles)) ?? buildSearchIndex(articles))();
    // A failed build is not kept: the next search tries again.
    index.catch(() => indexes.delete(articles));
    indexes.set(articles, index);
  }
  return index;
}

/** What an empty query finds: nothing, and no index is needed to say so. */
export function emptySearch(): SearchResultsPage {
  return { query: '', total: 0, page: 1, totalPages: 1, hits: [] };
}

/**
 * One page of the articles matching `rawQuery`, best first; out-of-range pages are clamped.
 * With `lang`, only that edition's articles; without, every edition's. `isListed` leaves out
 * indexed articles readers cannot see yet (embargoed ones).
 */
export function runSearch(
  index: SearchIndex,
  rawQuery: string,
  page: number,
  pageSize: number,
  lang?: EditionCode,
  isListed: (article: Article) => boolean = () => true,
): SearchResultsPage {
  const query = normalizeQuery(rawQuery);
  if (query === '') return emptySearch();
  const expanded = expandQuery(index.vocabulary, query);
  if (expanded === undefined) return { query, total: 0, page: 1, totalPages: 1, hits: [] };
  const found = (id: number) => {
    const article = index.articles[id];
    return (
      article !== undefined &&
      (lang === undefined || languageOf(article) === lang) &&
      isListed(article)
    );
  };
  // bm25() is lower (more negative) for a better match. An article that has a word only as a
  // longer word it begins or with a typo scores less (as MiniSearch weighed them), so "Iran"
  // puts articles about Iran above those that only say "Iranian", as a reader expects. Equal
  // scores keep the list's own order, newest first.
  const scores = new Map<number, number>();
  for (const row of index.matches.all(expanded.match))
    if (found(row.id)) scores.set(row.id, row.score);
  if (expanded.exact !== undefined)
    for (const { id } of index.matching.all(`(${expanded.match}) NOT (${expanded.exact})`)) {
      const score = scores.get(id);
      if (score !== undefined) scores.set(id, score * widenedWeight);
    }
  const results = [...scores]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => a.score - b.score || a.id - b.id);
  const totalPages = pageCount(results.length, pageSize);
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), totalPages);
  // Every term the query matched anywhere (after prefix and typo matching), so "Rubbio" marks
  // "Rubio" and "erbil" marks "Erbîl".
  const terms = expanded.terms;
  const hits = results
    .slice(pageOffset(current, pageSize), pageOffset(current + 1, pageSize))
    .flatMap((result): SearchHit[] => {
      const article = index.articles[result.id];
      if (!article) return [];
      return [
        {
          article,
          lang: languageOf(article),
          title: highlight(article.title, terms),
          // The summary when it has a match, else the body (made plain only then), else the
          // start of the summary: the match was in the title or the tags.
          excerpt:
            excerptAround(article.summary, terms) ??
            excerptAround(bodyText(article), terms) ??
            excerptStart(article.summary, terms),
        },
      ];
    });
  return { query, total: results.length, page: current, totalPages, hits };
}

/**
 * The query as an FTS5 expression: every word must match (more words narrow the results, as
 * readers expect), each as itself, as the start of longer words from 3 letters on, or with a
 * typo: one in 5 to 7 letters, two from 8 on. Shorter words get none: one edit away from "iraq"
 * is "iran", from "oil" is "soil", and those are different stories. Undefined when a word
 * matches no indexed term, or the query is only common words: nothing can match.
 */
function expandQuery(
  vocabulary: SearchableMap<number>,
  query: string,
): { match: string; exact?: string; terms: Set<string> } | undefined {
  const words = [...new Set(termsOf(query).split(' ').filter(Boolean))];
  if (words.length === 0) return undefined;
  const terms = new Set<string>();
  const groups: string[] = [];
  // The words that are indexed exactly as typed, each alone; the others with their alternatives.
  const exactGroups: string[] = [];
  let widened = false;
  for (const word of words) {
    const alternatives = new Set<string>();
    const exact = vocabulary.has(word);
    if (exact) alternatives.add(word);
    if (word.length >= 3) for (const key of vocabulary.atPrefix(word).keys()) alternatives.add(key);
    if (word.length >= 5)
      for (const key of vocabulary.fuzzyGet(word, word.length >= 8 ? 2 : 1).keys())
        alternatives.add(key);
    if (alternatives.size === 0) return undefined;
    // Terms are letters and digits only (see termsOf), so quoting them is all FTS5 needs.
    const group = `(${[...alternatives].map((term) => `"${term}"`).join(' OR ')})`;
    groups.push(group);
    exactGroups.push(exact ? `"${word}"` : group);
    if (exact && alternatives.size > 1) widened = true;
    for (const term of alternatives) terms.add(term);
  }
  return {
    match: groups.join(' AND '),
    // Only worth a second query when some word as typed also matched other words.
    ...(widened ? { exact: exactGroups.join(' AND ') } : {}),
    terms,
  };
}

/** The article's edition; the article schema only admits edition codes, editionFor types it so. */
function languageOf(article: Article): EditionCode {
  return editionFor(article.lang).code;
}

/** What the article page prints: the dateline opens the first paragraph. */
function bodyText(article: Article): string {
  const text = plainText(readArticleBody(article));
  return article.dateline ? `${article.dateline} - ${text}` : text;
}
