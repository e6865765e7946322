import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, test } from 'vitest';
import {
  buildSearchIndex,
  getSearchIndex,
  loadSearchIndex,
  runSearch,
  type SearchIndex,
} from '@/lib/search/engine';
import type { Segment } from '@/lib/search/highlight';
import { articleFile, loadFixture } from '../support/content-fixture';

const show = (segments: Segment[]) =>
  segments.map((segment) => (segment.match ? `[${segment.text}]` : segment.text)).join('');

async function indexOf(files: Record<string, string>): Promise<SearchIndex> {
  const { articles, problems } = loadFixture(files);
  expect(problems).toEqual([]);
  return buildSearchIndex(articles);
}

const slugs = (index: SearchIndex, query: string, page = 1, pageSize = 20) =>
  runSearch(index, query, page, pageSize).hits.map((hit) => hit.article.slug);

describe('ranking', () => {
  test('a title match ranks above a summary match, which ranks above a body-only match', async () => {
    const index = await indexOf({
      'a-body.md': articleFile(
        { title: 'Ministers meet in Washington', summary: 'Talks went well.' },
        'Talks went well.\n\nLater Rubio spoke to reporters about security.\n',
      ),
      'b-summary.md': articleFile(
        { title: 'Talks in Washington', summary: 'Rubio hosts the Iraqi delegation.' },
        'The delegation arrived on Friday.\n',
      ),
      'c-title.md': articleFile(
        { title: 'Rubio meets Hussein' },
        'The two met in Washington on Friday.\n',
      ),
    });
    expect(slugs(index, 'rubio')).toEqual(['c-title', 'b-summary', 'a-body']);
  });

  test('a tag match ranks above a body-only match', async () => {
    const index = await indexOf({
      'tagged.md': articleFile({ title: 'Grid record', tags: '[Electricity]' }, 'Demand rose.\n'),
      'body.md': articleFile(
        { title: 'Grid record', summary: 'Demand rose.' },
        'Demand for electricity rose.\n',
      ),
    });
    expect(slugs(index, 'electricity')).toEqual(['tagged', 'body']);
  });

  test('a word as typed ranks above longer words it begins and words a typo away', async () => {
    // Listed first, so on equal scores they would come first.
    const index = await indexOf({
      'a-iranian.md': articleFile({ title: 'Iranian delegation visits Baghdad' }),
      'a-husein.md': articleFile({ title: 'Husein meets Rubio' }),
      'b-iran.md': articleFile({ title: 'Iran delegation visits Baghdad' }),
      'b-hussein.md': articleFile({ title: 'Hussein meets Rubio' }),
    });
    expect(slugs(index, 'iran')).toEqual(['b-iran', 'a-iranian']);
    expect(slugs(index, 'hussein').slice(0, 2)).toEqual(['b-hussein', 'a-husein']);
    expect(slugs(index, 'iran delegation')).toEqual(['b-iran', 'a-iranian']);
  });

  test('every word of the query must match', async () => {
    const index = await indexOf({
      'both.md': articleFile({ title: 'Rubio meets Hussein' }),
      'one.md': articleFile({ title: 'Rubio visits Ankara' }),
    });
    expect(slugs(index, 'Rubio Hussein')).toEqual(['both']);
    expect(slugs(index, 'Rubio')).toHaveLength(2);
  });
});

describe('tolerance', () => {
  const index = () =>
    indexOf({
      'rubio.md': articleFile({ title: 'Rubio meets Hussein' }, 'They met in Washington.\n'),
      'erbil.md': articleFile(
        { title: 'Flights resume at Erbîl airport' },
        'A café reopened in the terminal.\n',
      ),
      'iran.md': articleFile({ title: 'Iran raises fuel prices' }, 'Prices rose.\n'),
    });

  test('a small typo still finds the article, and marks the word as written there', async () => {
    const results = runSearch(await index(), 'Rubbio', 1, 20);
    expect(results.hits.map((hit) => hit.article.slug)).toEqual(['rubio']);
    expect(show(results.hits[0]?.title ?? [])).toBe('[Rubio] meets Hussein');
  });

  test('accents are ignored both ways', async () => {
    const search = await index();
    expect(slugs(search, 'erbil')).toEqual(['erbil']);
    expect(slugs(search, 'ERBÎL')).toEqual(['erbil']);
    expect(slugs(search, 'cafe')).toEqual(['erbil']);
    expect(slugs(search, 'café')).toEqual(['erbil']);
    expect(show(runSearch(search, 'erbil', 1, 20).hits[0]?.title ?? [])).toBe(
      'Flights resume at [Erbîl] airport',
    );
  });

  test('a word finds longer words it begins', async () => {
    expect(slugs(await index(), 'wash')).toEqual(['rubio']);
  });

  test('short words are not stretched to other words one letter away', async () => {
    const search = await index();
    expect(slugs(search, 'Iraq')).toEqual([]);
    expect(slugs(search, 'Iran')).toEqual(['iran']);
  });

  test('a word that is nowhere finds nothing', async () => {
    const results = runSearch(await index(), 'zxqvbnm', 1, 20);
    expect(results.total).toBe(0);
    expect(results.hits).toEqual([]);
  });
});

describe('results', () => {
  test('each hit has the article, its title and an excerpt around the first match', async () => {
    const lead = 'Iraq and the US met in Washington on Friday.';
    const filler = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const index = await indexOf({
      'ties.md': articleFile(
        { title: 'Hussein, Rubio discuss ties', dateline: 'ERBIL, Kurdistan Region' },
        `${lead}\n\n## Energy\n\n${filler} **Electricity** imports were on the agenda. ${filler}\n`,
      ),
    });
    const [hit] = runSearch(index, 'electricity', 1, 20).hits;
    expect(hit?.article.slug).toBe('ties');
    expect(hit?.title).toEqual([{ text: 'Hussein, Rubio discuss ties', match: false }]);
    expect(show(hit?.excerpt ?? [])).toBe(
      '… word52 word53 word54 word55 word56 word57 word58 word59 [Electricity] imports were on ' +
        'the agenda. word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 ' +
        'word12 word13 word14 word15 …',
    );
  });

  test('the excerpt is the summary, marked, when the match is there', async () => {
    const index = await indexOf({
      'ties.md': articleFile({ summary: 'Rubio hosts Hussein.' }, 'Rubio and Hussein met.\n'),
    });
    expect(show(runSearch(index, 'rubio', 1, 20).hits[0]?.excerpt ?? [])).toBe(
      '[Rubio] hosts Hussein.',
    );
  });

  test('the excerpt is the start of the summary when only the title or tags matched', async () => {
    const index = await indexOf({
      'ties.md': articleFile(
        { title: 'Rubio meets Hussein', tags: '[Diplomacy]', summary: 'Talks in Washington.' },
        'The two met on Friday.\n',
      ),
    });
    for (const query of ['rubio', 'diplomacy'])
      expect(runSearch(index, query, 1, 20).hits[0]?.excerpt).toEqual([
        { text: 'Talks in Washington.', match: false },
      ]);
  });

  test('the dateline is searchable, as the page prints it at the start of the text', async () => {
    const index = await indexOf({
      'ties.md': articleFile({ dateline: 'ERBIL, Kurdistan Region' }, 'Officials met.\n'),
    });
    expect(show(runSearch(index, 'erbil', 1, 20).hits[0]?.excerpt ?? [])).toBe(
      '[ERBIL], Kurdistan Region - Officials met.',
    );
  });
});

describe('pagination', () => {
  // 45 articles that all match, with identical scores: the order is the list's, newest first.
  const files = Object.fromEntries(
    Array.from({ length: 45 }, (_, i) => [
      `story-${String(i).padStart(2, '0')}.md`,
      articleFile({
        title: 'Harvest report',
        date: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`,
      }),
    ]),
  );

  test('cuts the results into pages of the given size, without repeats', async () => {
    const index = await indexOf(files);
    const pages = [1, 2, 3].map((page) => runSearch(index, 'harvest', page, 20));
    expect(pages.map((page) => page.hits.length)).toEqual([20, 20, 5]);
    expect(pages.every((page) => page.total === 45 && page.totalPages === 3)).toBe(true);
    const all = pages.flatMap((page) => page.hits.map((hit) => hit.article.slug));
    expect(new Set(all).size).toBe(45);
  });

  test('a page past the end shows the last page, a page before the start the first', async () => {
    const index = await indexOf(files);
    expect(runSearch(index, 'harvest', 9, 20).page).toBe(3);
    expect(runSearch(index, 'harvest', 0, 20).page).toBe(1);
    expect(runSearch(index, 'harvest', Number.NaN, 20).page).toBe(1);
  });

  test('no results is one empty page', async () => {
    const results = runSearch(await indexOf(files), 'nothing', 2, 20);
    expect(results).toMatchObject({ total: 0, page: 1, totalPages: 1, hits: [] });
  });
});

describe('the query', () => {
  const index = () => indexOf({ 'a.md': articleFile({ title: 'Rubio meets Hussein' }) });

  test('an empty or blank query asks nothing', async () => {
    for (const query of ['', '   ', '\n\t']) {
      expect(runSearch(await index(), query, 1, 20)).toEqual({
        query: '',
        total: 0,
        page: 1,
        totalPages: 1,
        hits: [],
      });
    }
  });

  test('is trimmed, and capped at 200 characters', async () => {
    expect(runSearch(await index(), '  Rubio  ', 1, 20).query).toBe('Rubio');
    expect(runSearch(await index(), `Rubio ${'x'.repeat(400)}`, 1, 20).query).toHaveLength(200);
  });

  test('made only of common words, it finds nothing rather than everything', async () => {
    expect(runSearch(await index(), 'the of and', 1, 20).total).toBe(0);
  });
});

describe('building', () => {
  // Four letters, so neither typo tolerance nor prefixes make one article's word another's.
  const word = (i: number) =>
    `q${[2, 1, 0].map((power) => String.fromCharCode(97 + (Math.floor(i / 26 ** power) % 26))).join('')}`;

  test('indexes lists longer than one chunk, each article under its own number', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 250 }, (_, i) => [
        `story-${String(i).padStart(3, '0')}.md`,
        articleFile({ title: `Harvest report ${word(i)}` }),
      ]),
    );
    const index = await indexOf(files);
    expect(runSearch(index, 'harvest', 1, 20).total).toBe(250);
    for (const i of [0, 99, 100, 217, 249])
      expect(slugs(index, word(i))).toEqual([`story-${String(i).padStart(3, '0')}`]);
  });
});

describe('getSearchIndex', () => {
  test('builds one index per list of articles and reuses it', async () => {
    const { articles } = loadFixture({ 'a.md': articleFile() });
    const index = await getSearchIndex(articles);
    expect(await getSearchIndex(articles)).toBe(index);
    // A re-read list (as `next dev` makes on every request) gets an index of its own.
    expect(await getSearchIndex([...articles])).not.toBe(index);
  });
});

describe('articles indexed but not listed', () => {
  test('an article readers cannot see yet (embargoed) is left out of hits and totals', async () => {
    const index = await indexOf({
      'out-now.md': articleFile({ title: 'Dam opens' }),
      'embargoed.md': articleFile({ title: 'Dam opens early' }),
    });
    const page = runSearch(
      index,
      'dam',
      1,
      20,
      undefined,
      (article) => article.slug !== 'embargoed',
    );
    expect(page.hits.map((hit) => hit.article.slug)).toEqual(['out-now']);
    expect(page.total).toBe(1);
    expect(slugs(index, 'dam').sort()).toEqual(['embargoed', 'out-now']);
  });
});

describe('the stored index', () => {
  const files = {
    'rubio.md': articleFile({ title: 'Rubio meets Hussein' }, 'They met in Washington.\n'),
    'erbil.md': articleFile({ title: 'Flights resume at Erbîl airport', date: '2025-04-20' }),
  };

  const folder = mkdtempSync(path.join(tmpdir(), 'search-index-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  let filesMade = 0;
  const storedFile = () => path.join(folder, `index-${filesMade++}.db`);

  test('loaded for the same articles, it finds what the built one finds, typos and all', async () => {
    const { articles } = loadFixture(files);
    const built = await buildSearchIndex(articles);
    const file = storedFile();
    (await buildSearchIndex(articles, file)).db.close();
    const loaded = await loadSearchIndex(file, articles);
    expect(loaded).toBeDefined();
    for (const query of ['rubbio', 'erbil', 'wash', 'zxqvbnm', 'Rubio Hussein'])
      expect(runSearch(loaded as SearchIndex, query, 1, 20)).toEqual(
        runSearch(built, query, 1, 20),
      );
  });

  test('made from other articles (the content changed since the build), it is not used', async () => {
    const { articles } = loadFixture(files);
    const file = storedFile();
    (await buildSearchIndex(articles, file)).db.close();
    expect(await loadSearchIndex(file, [...articles].reverse())).toBeUndefined();
    expect(await loadSearchIndex(file, articles.slice(1))).toBeUndefined();
  });

  test('missing, or of another version, it is not used; a file that is no index is an error', async () => {
    const { articles } = loadFixture(files);
    expect(await loadSearchIndex(path.join(folder, 'none.db'), articles)).toBeUndefined();
    const file = storedFile();
    (await buildSearchIndex(articles, file)).db.close();
    const db = new Database(file);
    db.prepare(`UPDATE meta SET value = '1' WHERE key = 'version'`).run();
    db.close();
    expect(await loadSearchIndex(file, articles)).toBeUndefined();
    const junk = path.join(folder, 'junk.db');
    writeFileSync(junk, '{"version":1}');
    await expect(loadSearchIndex(junk, articles)).rejects.toThrow();
  });

  test('a build that replaces a stored file leaves no half-written file behind', async () => {
    const { articles } = loadFixture(files);
    const file = storedFile();
    (await buildSearchIndex(articles.slice(1), file)).db.close();
    (await buildSearchIndex(articles, file)).db.close();
    expect(await loadSearchIndex(file, articles)).toBeDefined();
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(folder).filter((name) => name.includes('building'))).toEqual([]);
  });

  test('getSearchIndex takes the stored index when there is one, and builds one otherwise', async () => {
    const { articles } = loadFixture(files);
    const stored = await buildSearchIndex(articles);
    expect(await getSearchIndex(articles, async () => stored)).toBe(stored);
    const other = [...articles];
    const built = await getSearchIndex(other, async () => undefined);
    expect(built.articles).toBe(other);
    expect(runSearch(built, 'rubio', 1, 20).total).toBe(1);
  });
});
