// A copy of this checkout under bench/out/, where the content benchmarks build and serve a
// generated corpus, so they never replace the .next folder `npm start` serves here.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

/** Where the site for `size` articles is built: bench/out/site-<size>. */
export function siteDir(size) {
  return path.resolve('bench/out', `site-${size}`);
}

/** What a generated corpus depends on besides its size: the generator and what it copies. */
const generatorInputs = [
  'scripts/generate-corpus.mjs',
  'scripts/corpus-words.json',
  'content/sections.yaml',
  'content/guidelines.md',
  'content/moderation/terms.yaml',
];

/**
 * `count` generated articles in `corpus`. They are generated again when the generator or one of
 * its inputs changed since (a stamp in the folder keeps their digest), so figures always
 * describe its current output; otherwise the last ones are used (10,000 take about 6 s).
 * @param {string} corpus
 * @param {number} count
 */
export function ensureCorpus(corpus, count) {
  const hash = createHash('sha256').update(`count ${count}\n`);
  for (const file of generatorInputs)
    hash.update(`${file}\n`).update(existsSync(file) ? readFileSync(file) : 'absent');
  const stamp = hash.digest('hex');
  const stampFile = path.join(corpus, '.generator-stamp');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return;
  console.log(`Generating ${count} articles in ${corpus} ...`);
  const generated = spawnSync(
    'node',
    ['scripts/generate-corpus.mjs', '--count', String(count), '--out', corpus],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (generated.status !== 0) throw new Error(`generate-corpus failed for ${count} articles`);
  writeFileSync(stampFile, stamp);
}

/** The generated corpus for `size` articles: bench/out/corpus-<size>, current (ensureCorpus). */
export function generateCorpus(size) {
  const corpus = path.resolve('bench/out', `corpus-${size}`);
  ensureCorpus(corpus, size);
  return corpus;
}

/** What the copy was made from: the commit and the state of the working tree. */
function sourceStamp() {
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' });
  return `${head}\n${dirty}`;
}

/**
 * Copies the tracked and unignored files into `dir` and hard-links node_modules (seconds, no
 * extra disk), replacing an older copy's sources but keeping its node_modules.
 */
export function copySources(dir) {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => file !== '' && existsSync(file));
  // Every top-level folder with sources, so a file deleted here (a test, a component) does not
  // stay behind in the copy and break its build.
  const folders = new Set(
    files.filter((file) => file.includes('/')).map((file) => file.split('/')[0]),
  );
  for (const name of folders)
    if (name !== 'node_modules') rmSync(path.join(dir, name), { recursive: true, force: true });
  // Top-level files too (they are all sources, copied again below): a renamed one, such as
  // next.config.ts becoming next.config.mjs, must not stay behind and be read instead.
  if (existsSync(dir))
    for (const entry of readdirSync(dir, { withFileTypes: true }))
      if (entry.isFile()) rmSync(path.join(dir, entry.name));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    copyFileSync(file, path.join(dir, file));
  }
  if (!existsSync(path.join(dir, 'node_modules')))
    execFileSync('cp', ['-al', 'node_modules', path.join(dir, 'node_modules')]);
}

/**
 * `next build` of `size` generated articles in its own copy: seconds it took and the static
 * pages Next.js reported. The copy is then servable with `npm start` (known routes written).
 */
export function buildSite(size, env = {}) {
  const dir = siteDir(size);
  // Taken before anything is copied: a file edited during the build makes the copy stale.
  const source = sourceStamp();
  const corpus = generateCorpus(size);
  mkdirSync(dir, { recursive: true });
  copySources(dir);
  rmSync(path.join(dir, '.next'), { recursive: true, force: true });
  const buildEnv = { ...process.env, ...env, CONTENT_DIR: corpus, NEXT_TELEMETRY_DISABLED: '1' };
  const startedAt = Date.now();
  const started = performance.now();
  const build = spawnSync('node_modules/.bin/next', ['build'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: buildEnv,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (build.status !== 0) {
    console.log(build.stdout);
    throw new Error(`next build failed for ${size} articles`);
  }
  // What `npm run build` does after `next build`, so `npm start` in the copy serves this build
  // as it is (known routes, search index, build stamp).
  const finish = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { finishBuild } from './scripts/finish-build.mjs'; finishBuild(${startedAt});`,
    ],
    { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env: buildEnv },
  );
  if (finish.status !== 0) throw new Error('the steps after next build failed');
  const pages = /Generating static pages using \d+ workers? \((\d+)\/\d+\)/g;
  const staticPages = Math.max(0, ...[...build.stdout.matchAll(pages)].map((m) => Number(m[1])));
  writeFileSync(path.join(dir, '.next', 'bench-source'), `${size}\n${source}`);
  return { dir, corpus, seconds, staticPages };
}

/** The site for `size` articles, built unless the copy there was built from these sources. */
export function ensureSite(size) {
  const dir = siteDir(size);
  const stamp = path.join(dir, '.next', 'bench-source');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === `${size}\n${sourceStamp()}`)
    return { dir, corpus: path.resolve('bench/out', `corpus-${size}`), built: false };
  const result = buildSite(size);
  return { ...result, built: true };
}
