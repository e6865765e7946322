// `next build` wall time for generated corpora, with the number of pages it prerendered.
//
//   npm run bench:build -- [--sizes 1000,10000]
//
// Each build runs in its own copy of the checkout under bench/out/site-<size> (hard-linked
// node_modules), from an empty .next, so the site `npm start` serves here is left alone; the
// 10,000-article copy is kept for bench/content-serving.ts. Only the newest PRERENDER_ARTICLES
// (default 200) of each edition and the list pages that show them are prerendered; the rest
// render on first request and are cached (see README, "Large sites").
//
// With BENCH_QUICK=1 (`npm run bench -- --quick`) no site is built: a build is minutes.
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';
import { buildSite } from './content/site.mjs';

// The row format lives in report.ts; tsx loads it for this plain-node script.
const { isQuickRun, reportRow, reportSkipped } = await tsImport('./report.ts', import.meta.url);

let options;
try {
  options = parseArgs({
    args: process.argv.slice(2),
    options: { sizes: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  }).values;
} catch (error) {
  console.error(`bench:build: ${error.message}`);
  process.exit(2);
}
if (isQuickRun() && options.sizes === undefined) {
  reportSkipped('skipped in a quick run: each build takes minutes');
  process.exit(0);
}
const sizes = (options.sizes ?? '1000,10000').split(',').map(Number);
const goalSeconds = { 10000: 120 };

for (const size of sizes) {
  console.log(`\n== next build with ${size} generated articles`);
  const { seconds, staticPages } = buildSite(size);
  console.log(`   ${seconds.toFixed(1)} s, ${staticPages} static pages`);
  const goal = goalSeconds[size];
  reportRow({
    group: 'Content',
    what: `next build, ${size} articles`,
    ours: Math.round(seconds * 10) / 10,
    unit: 's',
    ...(goal ? { goal: `< ${goal / 60} min`, met: seconds < goal } : {}),
    note: `${staticPages} static pages prerendered`,
  });
}
