// Cold listArticles() on a generated corpus against the floor, in the same run: time and peak
// memory of reading, validating and ordering every article's front matter in a fresh process,
// next to a fresh process that only reads the same files and parses their front matter with
// gray-matter (the floor: nothing less could list them).
//
//   npm run bench:list -- [--count 10000] [--rounds 7]
//
// Rounds alternate ours and the floor, each in its own process, so drift on a shared machine
// hits both alike; the figures are medians. It runs the exact cold path of listArticles() (load
// + validate + build the catalog); the one step it leaves out is the Next.js-cached publication
// clock, which needs a Next server.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ensureCorpus } from './content/site.mjs';
import { numberOption, readOptions } from './options';
import { isQuickRun, median, reportRow } from './report';

const options = readOptions('bench:list', {
  count: { type: 'string' },
  rounds: { type: 'string' },
  child: { type: 'string' },
});
const count = numberOption(options.count, 10000);
// Seven in a full run: one process is often 30 % slower than the next on this machine, and with
// five the ratio of the medians went from 1.24x to 1.54x between two full runs on unchanged code.
const rounds = numberOption(options.rounds, isQuickRun() ? 3 : 7);
const corpus = path.resolve('bench/out', `corpus-${count}`);
const goalRatio = 1.5;

type Sample = { ms: number; peakRssMb: number; articles: number };

if (options.child === undefined) {
  // Generated again when the generator changed, not only when the count did.
  ensureCorpus(corpus, count);
  const runChild = (kind: 'ours' | 'floor'): Sample => {
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
        '--child',
        kind,
      ],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...process.env, CONTENT_DIR: corpus, NODE_ENV: 'production' },
      },
    );
    if (child.status !== 0) process.exit(1);
    const line = child.stdout.trim().split('\n').at(-1) ?? '';
    const sample = JSON.parse(line) as Sample;
    console.log(
      `  ${kind.padEnd(5)} ${sample.articles} articles in ${sample.ms.toFixed(0)} ms, peak RSS ${sample.peakRssMb.toFixed(0)} MB`,
    );
    return sample;
  };
  // In a full run the 10,000-article builds just before leave the kernel writing their files
  // back to disk; the rounds should not share the disk with that.
  spawnSync('sync');
  console.log(`Cold listArticles() vs the floor on ${count} articles, ${rounds} rounds:`);
  const ours: Sample[] = [];
  const floor: Sample[] = [];
  for (let round = 0; round < rounds; round++) {
    // Who goes first alternates too, so neither always runs on a warmer page cache.
    if (round % 2 === 0) {
      ours.push(runChild('ours'));
      floor.push(runChild('floor'));
    } else {
      floor.push(runChild('floor'));
      ours.push(runChild('ours'));
    }
  }
  const oursMs = median(ours.map((s) => s.ms));
  const floorMs = median(floor.map((s) => s.ms));
  reportRow({
    group: 'Content',
    what: `cold listArticles(), ${count} articles`,
    ours: Math.round(oursMs),
    unit: 'ms',
    baseline: Math.round(floorMs),
    baselineName: 'read + gray-matter floor',
    goal: `≤ ${goalRatio}x the floor`,
    met: oursMs <= goalRatio * floorMs,
    note: `median of ${rounds} fresh processes each, interleaved`,
  });
  reportRow({
    group: 'Content',
    what: `cold listArticles() peak RSS, ${count} articles`,
    ours: Math.round(median(ours.map((s) => s.peakRssMb))),
    unit: 'MB',
    baseline: Math.round(median(floor.map((s) => s.peakRssMb))),
    baselineName: 'read + gray-matter floor',
  });
} else {
  globalThis.gc?.();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  sampler.unref();
  let articles: number;
  let started: number;
  if (options.child === 'floor') {
    const { default: matter } = await import('gray-matter');
    const folder = path.join(corpus, 'articles');
    started = performance.now();
    const parsed = readdirSync(folder)
      .sort()
      // Options are passed so gray-matter does not cache every file, as lib/content does.
      .map((name) => matter(readFileSync(path.join(folder, name), 'utf8'), {}));
    articles = parsed.length;
  } else {
    const { loadArticles } = await import('../lib/articles/load');
    const { buildCatalog } = await import('../lib/articles/catalog');
    const { loadSections } = await import('../lib/sections');
    started = performance.now();
    const { articles: loaded, problems } = loadArticles(loadSections().sections);
    if (problems.length > 0) throw new Error(`${problems.length} content problems`);
    articles = buildCatalog(loaded, { includeUnpublished: false, now: Date.now() }).articles.length;
  }
  const ms = performance.now() - started;
  peak = Math.max(peak, process.memoryUsage().rss);
  const sample: Sample = { ms, peakRssMb: peak / 1024 / 1024, articles };
  console.log(JSON.stringify(sample));
}
