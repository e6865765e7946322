// Search on a generated corpus: how long the index takes to build, how much memory it holds, and
// how long a query takes (the whole results page: search, ranking, highlighting, excerpts).
//
//   npm run bench:search -- [--count 10000]
//
// The corpus is generated again whenever the generator or what it copies from content/ changed
// (bench/content/site.mjs, ensureCorpus), so the figures always describe its current output.
// The index is built from the same catalog listArticles() returns; the one step left out is the
// Next.js-cached publication clock, which needs a Next server.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { ensureCorpus } from './content/site.mjs';
import { readOptions } from './options';
import { reportRow } from './report';

// No number (absent, empty or not a number) means the default 10,000, as it always has.
const count =
  Number(readOptions('bench:search', { count: { type: 'string' } }).count || 10000) || 10000;
// Its own folder: the content benchmarks serve bench/out/corpus-<n> while they run.
const corpus = path.resolve('bench/out', `search-corpus-${count}`);
const goalP95 = 20;

if (process.env.BENCH_CHILD !== '1') {
  ensureCorpus(corpus, count);
  // A fresh process with --expose-gc, so the heap figures are the index's and nothing else's.
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--conditions=react-server', '--import', 'tsx', 'bench/search.ts'],
    {
      stdio: 'inherit',
      env: { ...process.env, BENCH_CHILD: '1', CONTENT_DIR: corpus, NODE_ENV: 'production' },
    },
  );
  process.exit(child.status ?? 1);
} else {
  const { loadArticles, readArticleBody } = await import('../lib/articles/load');
  const { buildCatalog } = await import('../lib/articles/catalog');
  const { loadSections } = await import('../lib/sections');
  const { buildSearchIndex, runSearch } = await import('../lib/search/engine');
  const { tokenize, toTerm } = await import('../lib/search/terms');

  const { articles: loaded, problems } = loadArticles(loadSections().sections);
  if (problems.length > 0) throw new Error(`${problems.length} content problems`);
  const { articles } = buildCatalog(loaded, { includeUnpublished: false, now: Date.now() });

  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const gc = () => globalThis.gc?.();
  if (!globalThis.gc) console.log('  (run with --expose-gc for memory figures)');

  gc();
  const before = process.memoryUsage();
  // The build yields between chunks; the longest stretch without a yield is how long a server
  // building its index would keep another reader's request waiting.
  const loopDelay = monitorEventLoopDelay({ resolution: 5 });
  loopDelay.enable();
  const started = performance.now();
  // Into a file, as `npm run build` stores it and the server opens it.
  const file = path.resolve('bench/out', `search-index-${count}.db`);
  const index = await buildSearchIndex(articles, file);
  const buildMs = performance.now() - started;
  loopDelay.disable();
  gc();
  const after = process.memoryUsage();
  console.log(`Index of ${articles.length} articles (title, tags, summary, body):`);
  console.log(`  build time       ${buildMs.toFixed(0)} ms`);
  console.log(`  longest pause    ${(loopDelay.max / 1e6).toFixed(0)} ms of the event loop`);
  console.log(
    `  heap             ${mb(before.heapUsed)} before, ${mb(after.heapUsed)} after: ` +
      `the index holds ${mb(after.heapUsed - before.heapUsed)}`,
  );
  console.log(`  process RSS      ${mb(before.rss)} before, ${mb(after.rss)} after`);
  const fileMb = statSync(file).size / 1024 / 1024;
  console.log(
    `  file             ${fileMb.toFixed(1)} MB (SQLite FTS5, read through SQLite's page cache)`,
  );
  console.log(`  distinct terms   ${index.vocabulary.size.toLocaleString('en')}`);
  reportRow({
    group: 'Search',
    what: `index build, ${articles.length} articles`,
    ours: Math.round(buildMs),
    unit: 'ms',
    note: `${index.vocabulary.size} distinct terms; longest event-loop pause ${(loopDelay.max / 1e6).toFixed(0)} ms`,
  });
  reportRow({
    group: 'Search',
    what: `index memory (heap held), ${articles.length} articles`,
    ours: Math.round(((after.heapUsed - before.heapUsed) / 1024 / 1024) * 10) / 10,
    unit: 'MB',
    note: `the vocabulary, for prefixes and typos; the postings are in the ${fileMb.toFixed(0)} MB SQLite file`,
  });

  // Titles and summaries of every article, and the body of one in fifty: a sample of the text.
  const queries = makeQueries(
    articles.flatMap((article, i) => [
      article.title,
      article.summary,
      ...(i % 50 === 0 ? [readArticleBody(article)] : []),
    ]),
  );
  // A few searches first, so the timings are of warmed-up code, as on a running server.
  for (const query of queries.slice(0, 10)) runSearch(index, query.text, 1, 20);

  const timings = new Map<string, number[]>();
  let slowest = { ms: 0, query: '', total: 0 };
  for (const query of queries) {
    const start = performance.now();
    const page = runSearch(index, query.text, 1, 20);
    const ms = performance.now() - start;
    timings.set(query.kind, [...(timings.get(query.kind) ?? []), ms]);
    if (ms > slowest.ms) slowest = { ms, query: query.text, total: page.total };
  }
  const all = [...timings.values()].flat();
  console.log(`Queries: ${all.length}, each a full first page of 20 results with excerpts`);
  for (const [kind, list] of timings) {
    console.log(`  ${kind.padEnd(16)} ${summary(list)}`);
    for (const [name, p] of [
      ['p50', 0.5],
      ['p95', 0.95],
    ] as const)
      reportRow({
        group: 'Search',
        what: `query ${name}, ${kind}`,
        ours: Math.round(percentile(list, p) * 100) / 100,
        unit: 'ms',
        ...(name === 'p95' ? { goal: `< ${goalP95} ms`, met: percentile(list, p) < goalP95 } : {}),
        note: `${list.length} queries, a first page of 20 with excerpts`,
      });
  }
  console.log(`  ${'all'.padEnd(16)} ${summary(all)}`);
  console.log(
    `  slowest          ${slowest.ms.toFixed(1)} ms for "${slowest.query}" (${slowest.total} results)`,
  );
  const p95 = percentile(all, 0.95);
  console.log(
    `Goal: p95 under ${goalP95} ms: ${p95 < goalP95 ? 'met' : 'NOT met'} (${p95.toFixed(1)} ms)`,
  );

  type Query = { kind: string; text: string };

  /**
   * About 200 queries, the same on every run: single words and two-word phrases drawn from the
   * corpus's own text as often as they occur there (so common words come up as often as readers
   * type them), words with a typo, accented place names, and words that are nowhere.
   */
  function makeQueries(texts: readonly string[]): Query[] {
    const words = texts.flatMap((text) =>
      tokenize(text).filter((word) => word.length >= 3 && toTerm(word) !== null),
    );
    let seed = 42;
    const random = () => {
      // Park-Miller: deterministic, so two runs time the same queries.
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    const at = () => Math.floor(random() * (words.length - 1));
    const pick = () => words[at()] ?? 'report';
    const phrase = () => {
      const i = at();
      return `${words[i] ?? 'oil'} ${words[i + 1] ?? 'report'}`;
    };
    const typo = (word: string) => {
      const cut = 1 + Math.floor(random() * (word.length - 2));
      return `${word.slice(0, cut)}${word.slice(cut + 1)}`;
    };
    const pickLong = () => {
      for (;;) {
        const word = pick();
        if (word.length >= 6) return word;
      }
    };
    const accented = ['Erbîl', 'Dihok', 'Silêmanî', 'Kerkûk', 'Zaxo', 'Mûsil', 'Hewlêr', 'Besra'];
    const queries: Query[] = [];
    for (let i = 0; i < 80; i++) queries.push({ kind: 'single word', text: pick() });
    for (let i = 0; i < 60; i++) queries.push({ kind: 'phrase', text: phrase() });
    for (let i = 0; i < 24; i++) queries.push({ kind: 'typo', text: typo(pickLong()) });
    for (let i = 0; i < 16; i++)
      queries.push({ kind: 'accented', text: accented[i % accented.length] ?? 'Erbîl' });
    for (let i = 0; i < 20; i++)
      queries.push({ kind: 'no hits', text: `zq${Math.floor(random() * 1e6).toString(36)}x` });
    return queries;
  }

  function summary(list: readonly number[]): string {
    return `median ${percentile(list, 0.5).toFixed(1)} ms, p95 ${percentile(list, 0.95).toFixed(1)} ms (${list.length})`;
  }

  function percentile(list: readonly number[], p: number): number {
    const sorted = [...list].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
  }
}
