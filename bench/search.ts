// Search on a generated corpus: how long the index takes to build, how much memory it holds, and
// how long a query takes (the whole results page: search, ranking, highlighting, excerpts).
//
//   npm run bench:search -- [--count 10000]
//
// The corpus is regenerated on every run (about a second), so the figures always describe the
// generator's current output. The index is built from the same catalog listArticles() returns;
// the one step left out is the Next.js-cached publication clock, which needs a Next server.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { readOptions } from './options';

// No number (absent, empty or not a number) means the default 10,000, as it always has.
const count =
  Number(readOptions('bench:search', { count: { type: 'string' } }).count || 10000) || 10000;
const corpus = path.resolve('bench/out', `corpus-${count}`);
const goalP95 = 20;

if (process.env.BENCH_CHILD !== '1') {
  console.log(`Generating ${count} articles in ${corpus} ...`);
  const gen = spawnSync(
    'node',
    ['scripts/generate-corpus.mjs', '--count', String(count), '--out', corpus],
    { stdio: 'inherit' },
  );
  if (gen.status !== 0) process.exit(1);
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
  const { loadArticles } = await import('../lib/articles/load');
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
  const index = await buildSearchIndex(articles);
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
  console.log(`  distinct terms   ${index.engine.termCount.toLocaleString('en')}`);

  const queries = makeQueries(articles.map((article) => article.title));
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
  for (const [kind, list] of timings) console.log(`  ${kind.padEnd(16)} ${summary(list)}`);
  console.log(`  ${'all'.padEnd(16)} ${summary(all)}`);
  console.log(
    `  slowest          ${slowest.ms.toFixed(1)} ms for "${slowest.query}" (${slowest.total} results)`,
  );
  const p95 = percentile(all, 0.95);
  console.log(
    `Goal: p95 under ${goalP95} ms: ${p95 < goalP95 ? 'met' : 'NOT met'} (${p95.toFixed(1)} ms)`,
  );

  type Query = { kind: string; text: string };

  /** About 200 queries from the corpus's own headline words, the same on every run. */
  function makeQueries(titles: readonly string[]): Query[] {
    const vocabulary = [
      ...new Set(
        titles.flatMap((title) =>
          tokenize(title).filter((word) => word.length >= 3 && toTerm(word) !== null),
        ),
      ),
    ].sort();
    let seed = 42;
    const random = () => {
      // Park-Miller: deterministic, so two runs time the same queries.
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    const pick = () => vocabulary[Math.floor(random() * vocabulary.length)] ?? 'report';
    const typo = (word: string) => {
      const at = 1 + Math.floor(random() * (word.length - 2));
      return `${word.slice(0, at)}${word.slice(at + 1)}`;
    };
    const long = vocabulary.filter((word) => word.length >= 6);
    const pickLong = () => long[Math.floor(random() * long.length)] ?? 'refinery';
    const accented = ['Erbîl', 'Dihok', 'Silêmanî', 'Kerkûk', 'Zaxo', 'Mûsil', 'Hewlêr', 'Besra'];
    const queries: Query[] = [];
    for (let i = 0; i < 80; i++) queries.push({ kind: 'one word', text: pick() });
    for (let i = 0; i < 60; i++) queries.push({ kind: 'two words', text: `${pick()} ${pick()}` });
    for (let i = 0; i < 24; i++) queries.push({ kind: 'typo', text: typo(pickLong()) });
    for (let i = 0; i < 16; i++)
      queries.push({ kind: 'accented', text: accented[i % accented.length] ?? 'Erbîl' });
    for (let i = 0; i < 20; i++)
      queries.push({ kind: 'nonsense', text: `zq${Math.floor(random() * 1e6).toString(36)}x` });
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
