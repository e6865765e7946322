import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { z } from 'zod';
import type { Article } from '../articles/load';
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

type IndexedArticle = { id: number; title: string; tags: string; summary: string; body: string };

export type SearchIndex = { articles: readonly Article[]; engine: MiniSearch<IndexedArticle> };

// A title match outranks a summary or tag match, which outranks a match deep in the body.
const boost = { title: 4, tags: 2, summary: 2, body: 1 };

/**
 * Articles indexed between two yields to the event loop: a few milliseconds of work, since the
 * server builds the index at start-up while it answers readers, who wait for each chunk.
 */
const chunkSize = 20;

// One set of options for building an index and for loading a stored one: MiniSearch keeps
// neither the tokenizer nor the search options in what it stores.
const engineOptions = {
  fields: ['title', 'tags', 'summary', 'body'],
  tokenize,
  processTerm: toTerm,
  searchOptions: {
    boost,
    // Every word must match: more words narrow the results, as readers expect.
    combineWith: 'AND',
    prefix: (term: string) => term.length >= 3,
    // One typo in 5 to 7 letters, two from 8 on. Shorter words get none: one edit away from
    // "iraq" is "iran", from "oil" is "soil", and those are different stories.
    fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
    maxFuzzy: 2,
  },
} satisfies Options<IndexedArticle>;

/**
 * Builds the index of a list of articles; `getSearchIndex` keeps one per list. The work is cut
 * into chunks with a yield between them: 10,000 articles take seconds, and a server that stopped
 * for that long would keep every other reader waiting.
 */
export async function buildSearchIndex(articles: readonly Article[]): Promise<SearchIndex> {
  const engine = new MiniSearch<IndexedArticle>(engineOptions);
  for (let start = 0; start < articles.length; start += chunkSize) {
    if (start > 0) await yieldToEventLoop();
    engine.addAll(
      articles.slice(start, start + chunkSize).map((article, offset) => ({
        id: start + offset,
        title: article.title,
        tags: article.tags.join(' '),
        summary: article.summary,
        // Plain text made here, chunk by chunk, and dropped once indexed: only terms are kept.
        body: bodyText(article),
      })),
    );
  }
  return { articles, engine };
}

/** Version of the stored form below; a file of another version is not loaded. */
const storedVersion = 1;

const storedIndexSchema = z.object({
  version: z.literal(storedVersion),
  /** The slugs of the indexed articles, in index order: an article's number is its place here. */
  slugs: z.array(z.string()),
  // Checked at its top level only: the postings are millions of numbers, MiniSearch checks its
  // own format version, and the file is the build's own output, not anyone's input.
  engine: z.custom<AsPlainObject>(
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      'serializationVersion' in value &&
      'index' in value &&
      Array.isArray(value.index),
    'is not a stored MiniSearch index',
  ),
});

/** The index as JSON, for `npm run build` to store so the server need not build it. */
export function serializeSearchIndex(index: SearchIndex): string {
  return JSON.stringify({
    version: storedVersion,
    slugs: index.articles.map((article) => article.slug),
    engine: index.engine,
  });
}

/**
 * The index stored by `serializeSearchIndex`, for this exact list of articles; undefined when it
 * was made from another list (the content changed since the build) or by another version, so
 * the caller builds one instead. Loaded in batches with pauses between them, like the build.
 */
export async function loadSearchIndex(
  json: string,
  articles: readonly Article[],
): Promise<SearchIndex | undefined> {
  const stored = storedIndexSchema.safeParse(JSON.parse(json));
  if (!stored.success) return undefined;
  const { slugs, engine } = stored.data;
  if (slugs.length !== articles.length || slugs.some((slug, i) => articles[i]?.slug !== slug))
    return undefined;
  return {
    articles,
    engine: await MiniSearch.loadJSAsync<IndexedArticle>(engine, engineOptions),
  };
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
  const found = (id: number) => {
    const article = index.articles[id];
    return (
      article !== undefined &&
      (lang === undefined || languageOf(article) === lang) &&
      isListed(article)
    );
  };
  // Equal scores keep the list's own order, newest first.
  const results = index.engine
    .search(query, { filter: (result) => found(Number(result.id)) })
    .sort((a, b) => b.score - a.score || Number(a.id) - Number(b.id));
  const totalPages = pageCount(results.length, pageSize);
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), totalPages);
  const hits = results
    .slice(pageOffset(current, pageSize), pageOffset(current + 1, pageSize))
    .flatMap((result): SearchHit[] => {
      const article = index.articles[Number(result.id)];
      if (!article) return [];
      // The document's own terms that matched (after prefix and typo matching), so "Rubbio"
      // marks "Rubio" and "erbil" marks "Erbîl".
      const terms = new Set(result.terms);
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

/** The article's edition; the article schema only admits edition codes, editionFor types it so. */
function languageOf(article: Article): EditionCode {
  return editionFor(article.lang).code;
}

/** What the article page prints: the dateline opens the first paragraph. */
function bodyText(article: Article): string {
  const text = plainText(article.body);
  return article.dateline ? `${article.dateline} - ${text}` : text;
}
