// Writes a synthetic content folder of valid articles, for benchmarks and tests:
//
//   node scripts/generate-corpus.mjs --count 10000 --out /tmp/corpus [--seed 42]
//
// Creates <out>/sections.yaml (a copy of content/sections.yaml), copies content/guidelines.md and
// content/moderation/terms.yaml, and writes <out>/articles/<slug>.md.
// The same arguments always give byte-identical output. Point the app at the result with
// CONTENT_DIR=<out>.
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';

const usage = `Usage: node scripts/generate-corpus.mjs --count <n> --out <dir> [--seed <n>]

  --count <n>   number of articles to write (a positive integer)
  --out <dir>   folder to write sections.yaml and articles/ into; old articles/*.md are removed
  --seed <n>    integer seed for the pseudo-random generator (default 1)`;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const realSectionsFile = path.join(repoRoot, 'content', 'sections.yaml');

/** Latest moment an article may carry: every date and `updated` is before this. */
const corpusEnd = Date.UTC(2026, 10, 1);
const corpusStart = Date.UTC(2016, 10, 1);
const day = 24 * 60 * 60 * 1000;
const hour = 60 * 60 * 1000;

// Used only when the repository has no content/sections.yaml.
const fallbackSections = `# The site's sections, in menu order. An article's \`section\` must be one of these slugs.
- slug: kurdistan
  name: Kurdistan
- slug: iraq
  name: Iraq
- slug: middle-east
  name: Middle East
- slug: world
  name: World
- slug: economy
  name: Economy
- slug: culture
  name: Culture
- slug: sport
  name: Sport
`;

// ---------------------------------------------------------------------------------------------
// Vocabulary: the word lists are data, in corpus-words.json beside this script. Tags are listed
// by kind, in rough order of how common they should be after a fixed shuffle (see buildTagPool).

const vocabulary = JSON.parse(
  readFileSync(
    path.join(path.dirname(fileURLToPath(import.meta.url)), 'corpus-words.json'),
    'utf8',
  ),
);
const {
  bodyWords,
  titleModifiers,
  titleSubjects,
  titleVerbs,
  titleAdjectives,
  titleObjects,
  titlePrepositions,
  titleTails,
  titlePlaces,
  subheadingWords,
  datelines,
  sources,
  firstNames,
  lastNames,
} = vocabulary;
const tagNames = [
  ...vocabulary.tags.places,
  ...vocabulary.tags.topics,
  ...vocabulary.tags.institutions,
];

// ---------------------------------------------------------------------------------------------
// Helpers

/** mulberry32: a tiny, fast, seedable PRNG returning floats in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fail(message, showUsage = false) {
  console.error(`generate-corpus: ${message}`);
  if (showUsage) console.error(`\n${usage}`);
  process.exit(1);
}

const optionNames = ['count', 'out', 'seed'];

function readOptions(argv) {
  // util.parseArgs refuses "--seed -7" (a value that looks like a flag); a negative seed or an
  // --out folder starting with "-" has always been allowed, so such a value is joined to its flag.
  const args = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = argv[i + 1];
    const name = /^--(\w+)$/.exec(arg)?.[1];
    if (optionNames.includes(name) && next?.startsWith('-') && !next.startsWith('--')) {
      args.push(`${arg}=${next}`);
      i++;
    } else {
      args.push(arg);
    }
  }
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        count: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
      tokens: true,
    });
  } catch (error) {
    fail(error.message, true);
  }
  if (parsed.values.help) {
    console.log(usage);
    process.exit(0);
  }
  for (const name of optionNames) {
    const given = parsed.tokens.filter((token) => token.kind === 'option' && token.name === name);
    if (given.length > 1) fail(`--${name} is given twice`, true);
  }
  const options = parsed.values;

  if (options.count === undefined) fail('--count is required', true);
  if (!/^\d+$/.test(options.count) || !Number.isSafeInteger(Number(options.count)))
    fail(`--count must be a positive integer, got ${JSON.stringify(options.count)}`, true);
  const count = Number(options.count);
  if (count < 1)
    fail(`--count must be a positive integer, got ${JSON.stringify(options.count)}`, true);

  if (options.out === undefined || options.out.trim() === '') fail('--out is required', true);

  let seed = 1;
  if (options.seed !== undefined) {
    if (!/^-?\d+$/.test(options.seed) || !Number.isSafeInteger(Number(options.seed)))
      fail(`--seed must be an integer, got ${JSON.stringify(options.seed)}`, true);
    seed = Number(options.seed);
  }
  return { count, out: path.resolve(options.out), seed };
}

function realpathOrSelf(p) {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** Refuses output folders where deleting articles/*.md could destroy something that matters. */
function checkOutputFolder(out) {
  const real = realpathOrSelf(out);
  const forbidden = [
    ['the file-system root', path.parse(real).root],
    ['your home directory', realpathOrSelf(os.homedir())],
    ['the repository root', realpathOrSelf(repoRoot)],
    ['the real content folder', realpathOrSelf(path.join(repoRoot, 'content'))],
  ];
  for (const [what, forbiddenPath] of forbidden) {
    if (real === forbiddenPath || out === forbiddenPath)
      fail(`refusing to write to ${out}: it is ${what}; choose a scratch folder like /tmp/corpus`);
  }
  if (existsSync(out) && !lstatSync(real).isDirectory())
    fail(`--out ${out} exists and is not a folder`);
}

/** Removes old generated articles: only regular files (or links) named *.md directly in `folder`. */
function clearArticles(folder) {
  if (!existsSync(folder)) return;
  if (!lstatSync(folder).isDirectory()) fail(`${folder} exists and is not a folder`);
  for (const name of readdirSync(folder)) {
    if (!name.endsWith('.md')) continue;
    const file = path.join(folder, name);
    if (!lstatSync(file).isDirectory()) unlinkSync(file);
  }
}

/** The newsroom's other editable files a site needs beside its articles. */
function copySiteFiles(out) {
  for (const parts of [['guidelines.md'], ['moderation', 'terms.yaml']]) {
    const source = path.join(repoRoot, 'content', ...parts);
    if (!existsSync(source)) continue;
    mkdirSync(path.join(out, ...parts.slice(0, -1)), { recursive: true });
    copyFileSync(source, path.join(out, ...parts));
  }
}

/** Copies the real sections file (or writes a default one) and returns the section slugs. */
function writeSections(out) {
  copySiteFiles(out);
  const target = path.join(out, 'sections.yaml');
  if (existsSync(realSectionsFile)) copyFileSync(realSectionsFile, target);
  else writeFileSync(target, fallbackSections);
  let data;
  try {
    data = yaml.load(readFileSync(target, 'utf8'), { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    fail(`cannot read sections from ${target}: ${error instanceof Error ? error.message : error}`);
  }
  const slugs = Array.isArray(data)
    ? data.map((section) => section?.slug).filter((slug) => typeof slug === 'string')
    : [];
  if (slugs.length === 0) fail(`${target} lists no sections (expected a list of {slug, name})`);
  return slugs;
}

function tagSlug(tag) {
  return tag
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Tag pool with distinct topic-page slugs, shuffled with a fixed seed so ranks never change. */
function buildTagPool() {
  const seen = new Set();
  const pool = [];
  for (const tag of tagNames) {
    const slug = tagSlug(tag);
    if (seen.has(slug)) continue;
    seen.add(slug);
    pool.push(tag);
  }
  const random = mulberry32(0x7a9f3c21);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool;
}

/** Cumulative Zipf weights (s = 1) for ranks 0..n-1. */
function zipfCumulative(n) {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let rank = 0; rank < n; rank++) {
    total += 1 / (rank + 1);
    cumulative[rank] = total;
  }
  for (let rank = 0; rank < n; rank++) cumulative[rank] /= total;
  return cumulative;
}

// Body text draws from a vocabulary the size of a real newsroom's: the real words of
// corpus-words.json first (the common ones), then a long tail of made-up words built from
// syllables (names, places, rare terms), 8,000 in all, with Zipf-like frequencies (the word of
// rank r about 1/r as common as the first). A few hundred words drawn uniformly would make every
// search term common and the index unrealistically small.
const vocabularySize = 8000;
const syllables = [
  'ba',
  'da',
  'ka',
  'la',
  'ma',
  'na',
  'ra',
  'sa',
  'ta',
  'za',
  'be',
  'de',
  'ke',
  'le',
  'me',
  'ne',
  're',
  'se',
  'te',
  'bi',
  'di',
  'ki',
  'li',
  'mi',
  'ni',
  'ri',
  'si',
  'ti',
  'bo',
  'do',
  'ko',
  'lo',
  'mo',
  'no',
  'ro',
  'so',
  'to',
  'bu',
  'du',
  'ku',
  'lu',
  'mu',
  'nu',
  'ru',
  'su',
  'tu',
  'var',
  'kan',
  'dor',
  'mir',
  'zan',
  'hel',
  'sor',
  'tan',
  'bar',
  'gul',
];

function buildVocabulary() {
  const random = mulberry32(0x51ab1e5);
  const words = [...new Set(bodyWords)];
  const seen = new Set(words);
  while (words.length < vocabularySize) {
    const count = 2 + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < count; i++) word += syllables[Math.floor(random() * syllables.length)];
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  return words;
}

/** A function drawing from `list` with Zipf-like weights: the first item is the most common. */
function zipfPicker(list, random) {
  const weights = zipfCumulative(list.length);
  return () => {
    const r = random();
    let lo = 0;
    let hi = weights.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (weights[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return list[lo];
  };
}

function pad(n, width = 2) {
  return String(n).padStart(width, '0');
}

/** `2024-03-05`, the UTC calendar day of an instant. */
function formatDate(ms) {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** `2024-03-05T09:30:00+03:00`, the instant as wall-clock time in UTC+3. */
function formatDateTime(ms) {
  const d = new Date(ms + 3 * hour);
  return `${formatDate(ms + 3 * hour)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00+03:00`;
}

/** Headline verbs are listed in the singular (`announces`); plural subjects take `announce`. */
function agree(subject, verb) {
  if (!subject.endsWith('s') && subject !== 'police') return verb;
  const [first, ...rest] = verb.split(' ');
  const plural = /(ch|sh|ss)es$/.test(first) ? first.slice(0, -2) : first.slice(0, -1);
  return [plural, ...rest].join(' ');
}

const capitalise = (word) => word.charAt(0).toUpperCase() + word.slice(1);

// ---------------------------------------------------------------------------------------------
// Generator

function createGenerator(seed, sectionSlugs) {
  const random = mulberry32(seed);
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const chance = (p) => random() < p;
  const pick = (list) => list[Math.floor(random() * list.length)];

  const zipfTag = zipfPicker(buildTagPool(), random);
  const bodyWord = zipfPicker(buildVocabulary(), random);

  function title() {
    for (;;) {
      const parts = [];
      if (chance(0.5)) parts.push(pick(titleModifiers));
      const subject = pick(titleSubjects);
      parts.push(subject, agree(subject, pick(titleVerbs)));
      if (chance(0.4)) parts.push(pick(titleAdjectives));
      parts.push(pick(titleObjects));
      if (chance(0.75)) parts.push(pick(titlePrepositions).replace('-', ' '), pick(titleTails));
      if (chance(0.3)) parts.push(pick(['in', 'near', 'across']), pick(titlePlaces));
      const list = parts.join(' ').split(' ');
      if (list.length >= 5 && list.length <= 10) {
        list[0] = capitalise(list[0]);
        return list.join(' ');
      }
    }
  }

  function sentenceWords(length) {
    const list = [];
    for (let i = 0; i < length; i++) list.push(bodyWord());
    list[0] = capitalise(list[0]);
    return list;
  }

  /** Wraps a few words of a sentence in bold, italic or a link; never across punctuation. */
  function decorate(list, section) {
    if (list.length < 4) return;
    const roll = random();
    if (roll < 0.06) {
      const i = int(1, list.length - 2);
      list[i] = `**${list[i]}**`;
    } else if (roll < 0.12) {
      const i = int(1, list.length - 1);
      list[i] = `_${list[i]}_`;
    } else if (roll < 0.16) {
      const start = int(1, list.length - 3);
      const end = start + int(0, 2);
      const target = list
        .slice(start, end + 1)
        .map((word) => word.toLowerCase().replace(/[^a-z0-9]+/g, '-'))
        .join('-');
      list[start] = `[${list[start]}`;
      list[end] = `${list[end]}](https://example.com/${section}/${target}-${int(1, 9999)})`;
    }
  }

  function paragraph(section) {
    const total = int(30, 90);
    const sentences = [];
    let remaining = total;
    while (remaining > 0) {
      let length = Math.min(remaining, int(8, 20));
      if (remaining - length < 4) length = remaining;
      remaining -= length;
      const list = sentenceWords(length);
      decorate(list, section);
      if (length > 10 && chance(0.3)) {
        const i = int(3, length - 4);
        list[i] += ',';
      }
      sentences.push(`${list.join(' ')}.`);
    }
    return sentences.join(' ');
  }

  function subheading() {
    const list = [];
    for (let i = int(2, 5); i > 0; i--) list.push(pick(subheadingWords));
    list[0] = capitalise(list[0]);
    return `## ${list.join(' ')}`;
  }

  function bulletList() {
    const items = [];
    for (let i = int(3, 5); i > 0; i--) items.push(`- ${sentenceWords(int(4, 10)).join(' ')}`);
    return items.join('\n');
  }

  function body(section) {
    const blocks = [paragraph(section)];
    const paragraphs = int(3, 12);
    for (let i = 1; i < paragraphs; i++) {
      if (chance(0.08)) blocks.push(subheading());
      blocks.push(paragraph(section));
      if (chance(0.04)) blocks.push(bulletList());
    }
    return blocks.join('\n\n');
  }

  function summary() {
    const sentences = [];
    for (let i = int(1, 2); i > 0; i--) sentences.push(`${sentenceWords(int(10, 22)).join(' ')}.`);
    return sentences.join(' ');
  }

  function dates() {
    const instant = corpusStart + Math.floor(random() * (corpusEnd - corpusStart));
    const withTime = chance(0.5);
    // A bare date counts from midnight UTC, so it is shown as the UTC day; a date-time keeps
    // its +03:00 wall clock. Either way the moment is before corpusEnd.
    const date = withTime ? formatDateTime(instant) : formatDate(instant);
    let updated;
    if (chance(0.1)) {
      const later = instant + int(1, 6) * day + int(0, 23) * hour;
      if (later < corpusEnd) updated = withTime ? formatDateTime(later) : formatDate(later);
    }
    return { date, updated };
  }

  function tags() {
    const wanted = int(1, 5);
    const chosen = [];
    for (let attempts = 0; chosen.length < wanted && attempts < 50; attempts++) {
      const tag = zipfTag();
      if (!chosen.includes(tag)) chosen.push(tag);
    }
    return chosen;
  }

  /** One article: its slug and the full file text. */
  return function article(index, slugWidth) {
    const headline = title();
    const slugBase = headline
      .toLowerCase()
      .split(/\s+/)
      .map((word) => word.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''))
      .filter(Boolean)
      .slice(0, 6)
      .join('-');
    const slug = `${slugBase}-${String(index).padStart(slugWidth, '0')}`;
    // The first articles cover every section once, so even a tiny corpus has them all.
    const section = index <= sectionSlugs.length ? sectionSlugs[index - 1] : pick(sectionSlugs);
    const { date, updated } = dates();
    const source = pick(sources);
    const author = chance(0.7) ? `${pick(firstNames)} ${pick(lastNames)}` : undefined;
    const dateline = chance(0.4) ? pick(datelines) : undefined;
    const standfirst = chance(0.5) ? summary() : undefined;
    const articleTags = tags();

    const q = JSON.stringify;
    let front = `title: ${q(headline)}\ndate: ${q(date)}\n`;
    if (updated) front += `updated: ${q(updated)}\n`;
    front += `source: ${q(source)}\n`;
    if (author) front += `author: ${q(author)}\n`;
    if (dateline) front += `dateline: ${q(dateline)}\n`;
    if (standfirst) front += `summary: ${q(standfirst)}\n`;
    front += `section: ${q(section)}\n`;
    front += `tags:\n${articleTags.map((tag) => `  - ${q(tag)}\n`).join('')}`;

    return { slug, text: `---\n${front}---\n\n${body(section)}\n` };
  };
}

// ---------------------------------------------------------------------------------------------
// Main

const { count, out, seed } = readOptions(process.argv.slice(2));
const started = performance.now();
checkOutputFolder(out);
const articlesDir = path.join(out, 'articles');
mkdirSync(out, { recursive: true });
clearArticles(articlesDir);
mkdirSync(articlesDir, { recursive: true });

const sectionSlugs = writeSections(out);
const article = createGenerator(seed, sectionSlugs);
const slugWidth = Math.max(5, String(count).length);
for (let index = 1; index <= count; index++) {
  const { slug, text } = article(index, slugWidth);
  writeFileSync(path.join(articlesDir, `${slug}.md`), text);
}

const elapsed = Math.round(performance.now() - started);
console.log(`wrote ${count} articles to ${out} in ${elapsed} ms`);
