import { describe, expect, test } from 'vitest';
import { articleFile, loadFixture } from '../support/content-fixture';

describe('front matter validation', () => {
  test('a valid file becomes a typed Article with defaults', () => {
    const { articles, problems } = loadFixture({
      'hussein-rubio.md': articleFile({
        dateline: 'ERBIL, Kurdistan Region',
        tags: '[Iraq, Diplomacy]',
      }),
    });
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(1);
    const article = articles[0];
    expect(article).toMatchObject({
      slug: 'hussein-rubio',
      title: 'Hussein, Rubio discuss ties',
      date: '2025-04-26',
      source: 'Rudaw',
      section: 'iraq',
      dateline: 'ERBIL, Kurdistan Region',
      tags: ['Iraq', 'Diplomacy'],
      lang: 'en',
      comments: 'open',
      draft: false,
      aliases: [],
      summary: 'Iraq and the US met in Washington on Friday.',
      standfirst: undefined,
    });
    expect(article?.publishedAt).toBe(Date.UTC(2025, 3, 26));
  });

  test('a date-time with offset is kept as written', () => {
    const { articles, problems } = loadFixture({
      'a.md': articleFile({ date: '2025-04-26T23:30:00+03:00' }),
    });
    expect(problems).toEqual([]);
    expect(articles[0]?.date).toBe('2025-04-26T23:30:00+03:00');
    expect(articles[0]?.publishedAt).toBe(Date.UTC(2025, 3, 26, 20, 30));
  });

  test.each([
    [
      { date: '26-04-2025' },
      'a.md: date: expected an ISO 8601 date like 2025-04-26, got "26-04-2025"',
    ],
    [
      { date: '2025-02-30' },
      'a.md: date: expected an ISO 8601 date like 2025-04-26, got "2025-02-30"',
    ],
    [
      { date: '2025-04-26T10:00:00' },
      'a.md: date: expected a date-time with an offset like 2025-04-26T09:30:00+03:00, got "2025-04-26T10:00:00"',
    ],
    [{ date: null }, 'a.md: date: is required'],
    [{ title: null }, 'a.md: title: is required'],
    [{ title: '""' }, 'a.md: title: must not be empty'],
    [{ title: '[a, b]' }, 'a.md: title: expected text, got a list'],
    [{ source: null }, 'a.md: source: is required'],
    [
      { section: 'sports' },
      'a.md: section: expected one of the sections in content/sections.yaml (iraq, world), got "sports"',
    ],
    [{ section: null }, 'a.md: section: is required'],
    [
      { updated: '2025-04-25' },
      'a.md: updated: must not be before date (2025-04-26), got "2025-04-25"',
    ],
    [{ comments: 'maybe' }, 'a.md: comments: expected one of open, closed, got "maybe"'],
    [{ draft: 'yes' }, 'a.md: draft: expected true or false, got "yes"'],
    [
      { lang: 'english!' },
      'a.md: lang: expected the code of one of the site\'s editions (en for English, ckb for Sorani Kurdish, kmr for Kurmanji Kurdish, ar for Arabic, tr for Turkish), got "english!"',
    ],
    [{ tags: '[Iraq, Iraq]' }, 'a.md: tags.1: tag "Iraq" is listed twice'],
    [{ tags: 'Iraq' }, 'a.md: tags: expected a list, got "Iraq"'],
    [
      { aliases: '[Old_Slug]' },
      'a.md: aliases.0: each alias must be a slug: lowercase ASCII letters, digits and single hyphens, like hussein-rubio-meet',
    ],
    [
      { summry: 'x' },
      'a.md: summry: unknown field; did you mean "summary"? (allowed: title, date, updated, source, author, dateline, summary, section, tags, image, lang, story, comments, draft, aliases)',
    ],
    [{ image: '{src: /images/x.jpg}' }, 'a.md: image.alt: is required'],
    [
      { image: '{src: "https://example.com/x.jpg", alt: x}' },
      'a.md: image.src: expected the path of an image in public/, like /images/erbil.jpg (jpg, png, webp, avif or gif), got "https://example.com/x.jpg"',
    ],
    [
      { image: '{src: /images/does-not-exist.jpg, alt: A picture}' },
      'a.md: image.src: file public/images/does-not-exist.jpg does not exist',
    ],
    [
      { image: '{src: /images/x.jpg, alt: x, captoin: y}' },
      'a.md: image.captoin: unknown field; did you mean "caption"? (allowed: src, alt, caption, credit)',
    ],
  ])('%o gives one clear problem', (fields, expected) => {
    const { lines, articles } = loadFixture({ 'a.md': articleFile(fields) });
    expect(lines).toEqual([expected]);
    expect(articles).toEqual([]);
  });

  test('every problem in a file is reported at once', () => {
    const { lines } = loadFixture({
      'a.md': articleFile({ date: '26-04-2025', source: null, colour: 'red' }),
    });
    expect(lines).toEqual([
      'a.md: date: expected an ISO 8601 date like 2025-04-26, got "26-04-2025"',
      'a.md: source: is required',
      'a.md: colour: unknown field (allowed: title, date, updated, source, author, dateline, summary, section, tags, image, lang, story, comments, draft, aliases)',
    ]);
  });

  test('an empty, blank or multi-line field name is shown quoted, so the line still names it', () => {
    const { lines } = loadFixture({
      'a.md': articleFile({ '""': 'x', '" "': 'y', '"two\\nlines"': 'z', image: '{ "": q }' }),
    });
    const allowed = (fields: string) => `unknown field (allowed: ${fields})`;
    const top =
      'title, date, updated, source, author, dateline, summary, section, tags, image, lang, story, comments, draft, aliases';
    expect(lines).toEqual([
      `a.md: image.src: is required`,
      `a.md: image.alt: is required`,
      `a.md: image."": ${allowed('src, alt, caption, credit')}`,
      `a.md: "": ${allowed(top)}`,
      `a.md: " ": ${allowed(top)}`,
      `a.md: "two\\nlines": ${allowed(top)}`,
    ]);
  });

  test('invalid YAML names the line and column in the file', () => {
    const { lines } = loadFixture({
      'a.md': '---\ntitle: ok\ndate: [2025\nsource: x\n---\n\nBody.\n',
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^a\.md: front matter: invalid YAML at line \d+, column \d+: /);
  });

  test('a file without front matter, an empty body and a bad file name are reported', () => {
    const { lines } = loadFixture({
      'no-front-matter.md': 'Just text.\n',
      'empty.md': articleFile({}, '\n  \n'),
      'Bad_Name.md': articleFile(),
      'notes.txt': 'hello',
    });
    expect(lines).toEqual([
      'Bad_Name.md: file: file name "Bad_Name.md" is not a valid slug: use lowercase ASCII letters, digits and single hyphens, like hussein-rubio-meet',
      'empty.md: body: is empty: write the article text after the closing ---',
      'no-front-matter.md: front matter: missing: the file must start with a line "---", the fields, then another "---"',
      'notes.txt: file: is not an article: article files are named <slug>.md',
    ]);
  });

  test('a file that is not UTF-8 is reported with the offset of the bad byte', () => {
    const latin1 = Buffer.from(articleFile({ title: 'Caf\u00e9' }), 'latin1');
    const { lines } = loadFixture({ 'latin.md': latin1 });
    expect(lines).toEqual([
      `latin.md: file: is not valid UTF-8 text (first bad byte at offset ${latin1.indexOf(0xe9)}); save it as UTF-8`,
    ]);
  });

  test('a story key links versions in different languages: one per language, never alone', () => {
    const { lines } = loadFixture({
      'meeting.md': articleFile({ story: 'meeting' }),
      'meeting-ckb.md': articleFile({ story: 'meeting', lang: 'ckb' }),
      'meeting-ckb-2.md': articleFile({ story: 'meeting', lang: 'ckb' }),
      'typo.md': articleFile({ story: 'meetnig', lang: 'ar' }),
      'fine.md': articleFile({ story: 'other', lang: 'tr' }),
      'fine-en.md': articleFile({ story: 'other' }),
    });
    expect(lines).toEqual([
      'meeting-ckb.md: story: "meeting" already has a ckb version (meeting-ckb-2.md): a story has one article per language',
      'typo.md: story: "meetnig" links to translations that do not exist: no other article has this story key (check its spelling, or remove it until a translation is written)',
    ]);
  });

  test("duplicate aliases and aliases that are another article's slug are reported", () => {
    const { lines } = loadFixture({
      'first.md': articleFile({ aliases: '[old-story, second]' }),
      'second.md': articleFile({ aliases: '[old-story, second]' }),
    });
    expect(lines).toEqual([
      'first.md: aliases: "second" is the slug of another article (second.md)',
      'second.md: aliases: "old-story" is also an alias of first.md',
      'second.md: aliases: "second" is this article\'s own slug',
      'second.md: aliases: "second" is also an alias of first.md',
    ]);
  });

  test('a bad sections file is reported too', () => {
    const { sectionProblems } = loadFixture({}, '- slug: Iraq\n  name: Iraq\n');
    expect(sectionProblems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      '0.slug: expected lowercase letters, digits and single hyphens, like middle-east',
    ]);
  });
});
