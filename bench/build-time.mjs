// `next build` wall time for the sample content and generated corpora.
//
//   npm run bench:build -- [--sizes sample,1000,10000]
//
// Each build starts from an empty .next folder. Corpora are generated under bench/out/.
// With 10,000 articles only the newest PRERENDER_ARTICLES (default 1000) are prerendered;
// the rest render on first request and are cached (see README, "Large sites").
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

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
const sizes = (options.sizes ?? 'sample,1000,10000').split(',');
const results = [];

for (const size of sizes) {
  let contentDir = 'content';
  if (size !== 'sample') {
    contentDir = path.join('bench/out', `corpus-${size}`);
    // Always made afresh (a second or so): the corpus must match the current content format.
    const generated = spawnSync(
      'node',
      ['scripts/generate-corpus.mjs', '--count', size, '--out', contentDir],
      {
        stdio: 'inherit',
      },
    );
    if (generated.status !== 0) process.exit(1);
  }
  rmSync('.next', { recursive: true, force: true });
  console.log(
    `\n== next build with ${size === 'sample' ? 'the sample content' : `${size} articles`} (CONTENT_DIR=${contentDir})`,
  );
  const started = performance.now();
  const build = spawnSync('node_modules/.bin/next', ['build'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (build.status !== 0) {
    console.log(build.stdout);
    process.exit(1);
  }
  const pages = /Generating static pages using \d+ workers? \((\d+)\/\d+\)/g;
  const counts = [...build.stdout.matchAll(pages)].map((m) => Number(m[1]));
  results.push({ content: size, seconds: seconds.toFixed(1), staticPages: Math.max(0, ...counts) });
  console.log(`   ${seconds.toFixed(1)} s, ${Math.max(0, ...counts)} static pages`);
}

rmSync('.next', { recursive: true, force: true }); // the next `npm start` builds the real site again
console.log('\ncontent      build time   static pages');
for (const r of results)
  console.log(`${r.content.padEnd(12)} ${`${r.seconds} s`.padEnd(12)} ${r.staticPages}`);
