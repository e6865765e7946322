// Cold listArticles() on a generated corpus: time and memory of reading, validating and ordering
// every article's front matter in a fresh process.
//
//   npm run bench:list -- [--count 10000]
//
// It runs the exact cold path of listArticles() (load + validate + build the catalog); the
// one step it leaves out is the Next.js-cached publication clock, which needs a Next server.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readOptions } from './options';

// No number (absent, empty or not a number) means the default 10,000, as it always has.
const count =
  Number(readOptions('bench:list', { count: { type: 'string' } }).count || 10000) || 10000;
const corpus = path.resolve('bench/out', `corpus-${count}`);

if (process.env.BENCH_CHILD !== '1') {
  const existing = existsSync(path.join(corpus, 'articles'))
    ? readdirSync(path.join(corpus, 'articles')).length
    : 0;
  if (existing !== count) {
    console.log(`Generating ${count} articles in ${corpus} ...`);
    const gen = spawnSync(
      'node',
      ['scripts/generate-corpus.mjs', '--count', String(count), '--out', corpus],
      { stdio: 'inherit' },
    );
    if (gen.status !== 0) process.exit(1);
  }
  const runs = 3;
  console.log(`Cold listArticles() on ${count} articles, ${runs} fresh processes:`);
  for (let i = 0; i < runs; i++) {
    const child = spawnSync(
      process.execPath,
      [
        '--expose-gc',
        '--conditions=react-server',
        '--import',
        'tsx',
        'bench/list-articles.ts',
        '--count',
        String(count),
      ],
      {
        stdio: 'inherit',
        env: { ...process.env, BENCH_CHILD: '1', CONTENT_DIR: corpus, NODE_ENV: 'production' },
      },
    );
    if (child.status !== 0) process.exit(1);
  }
} else {
  globalThis.gc?.();
  const before = process.memoryUsage();
  const { loadArticles } = await import('../lib/articles/load');
  const { buildCatalog } = await import('../lib/articles/catalog');
  const { loadSections } = await import('../lib/sections');
  const started = performance.now();
  const { articles, problems } = loadArticles(loadSections().sections);
  const catalog = buildCatalog(articles, { includeUnpublished: false, now: Date.now() });
  const elapsed = performance.now() - started;
  const peak = process.memoryUsage();
  globalThis.gc?.();
  const after = process.memoryUsage();
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  if (problems.length > 0) throw new Error(`${problems.length} content problems`);
  console.log(
    `  ${catalog.articles.length} articles in ${elapsed.toFixed(0)} ms; ` +
      `heap held ${mb(after.heapUsed - before.heapUsed)} (${mb(after.heapUsed)} total), ` +
      `process RSS ${mb(before.rss)} before, ${mb(peak.rss)} after the load (${mb(after.rss)} after GC)`,
  );
}
