import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { articleFile, sectionsYaml } from '../support/content-fixture';

const root = mkdtempSync(path.join(tmpdir(), 'check-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * Runs the real CLI on a content folder: `files` are articles, `others` any other file by its
 * path inside the folder (they replace the valid sections, guidelines and terms written first).
 */
function runCheck(
  files: Record<string, string | Buffer>,
  others: Record<string, string | Buffer> = {},
) {
  const dir = mkdtempSync(path.join(root, 'c-'));
  mkdirSync(path.join(dir, 'articles'));
  mkdirSync(path.join(dir, 'moderation'));
  const folder = {
    'sections.yaml': sectionsYaml,
    'guidelines.md': 'Be kind.\n',
    'moderation/terms.yaml': 'threat: [kill you]\n',
    ...others,
  };
  for (const [name, text] of Object.entries(folder)) writeFileSync(path.join(dir, name), text);
  for (const [name, text] of Object.entries(files))
    writeFileSync(path.join(dir, 'articles', name), text);
  const result = spawnSync(
    'node_modules/.bin/tsx',
    ['--conditions=react-server', 'scripts/check-content.ts'],
    {
      env: { ...process.env, CONTENT_DIR: dir },
      encoding: 'utf8',
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, dir };
}

test('npm run content:check prints every problem, one line each, and fails', () => {
  const { status, stderr, dir } = runCheck({
    'good.md': articleFile(),
    'bad-date.md': articleFile({ date: '26-04-2025' }),
    'raw-html.md': articleFile({}, 'Text.\n\n<iframe src="https://x"></iframe>\n'),
    'typo.md': articleFile({ titel: 'x' }),
  });
  expect(status).toBe(1);
  const file = (name: string) => path.join(dir, 'articles', name);
  expect(stderr.trim().split('\n')).toEqual([
    `${file('bad-date.md')}: date: expected an ISO 8601 date like 2025-04-26, got "26-04-2025"`,
    `${file('typo.md')}: titel: unknown field; did you mean "title"? (allowed: title, date, updated, source, author, dateline, summary, section, tags, image, lang, story, comments, draft, aliases)`,
    `${file('raw-html.md')}: body: raw HTML is not allowed and is left out of the page (line 10): <iframe src="https://x"></iframe>`,
    'content:check: 3 problems found.',
  ]);
}, 30_000);

test('valid content passes: exit 0 and one line on stdout', () => {
  const { status, stdout, stderr } = runCheck(
    {
      'good.md': articleFile({ aliases: '[old-good]', story: 'pair', tags: '[Oil]' }),
      'good-ar.md': articleFile({ story: 'pair', lang: 'ar' }),
      '.DS_Store': 'editor litter is skipped',
    },
    {
      'moderation/terms.ckb.yaml': 'threat: [دەتکوژم]\n',
      'guidelines.ar.md': 'كن لطيفًا.\n',
    },
  );
  expect(stderr).toBe('');
  expect(stdout).toBe('content:check: 2 articles, no problems.\n');
  expect(status).toBe(0);
}, 30_000);

test('a sections.yaml that cannot be read is its own line, and every section then fails', () => {
  const { status, stderr, dir } = runCheck(
    { 'good.md': articleFile() },
    { 'sections.yaml': '- slug: iraq\n  name: [Iraq\n' },
  );
  const lines = stderr.split('\n');
  expect(lines[0]).toMatch(
    new RegExp(
      `^${escape(path.join(dir, 'sections.yaml'))}: file: invalid YAML at line \\d+, column \\d+: `,
    ),
  );
  expect(lines.slice(1)).toEqual([
    `${path.join(dir, 'articles', 'good.md')}: section: expected one of the sections in content/sections.yaml (), got "iraq"`,
    'content:check: 2 problems found.',
    '',
  ]);
  expect(status).toBe(1);
}, 30_000);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('every kind of problem, in every kind of file, is one line naming the file and field', () => {
  const notUtf8 = Buffer.concat([
    Buffer.from(articleFile({ title: 'Caf' })),
    Buffer.from([0xe9, 0x0a]),
  ]);
  const { status, stdout, stderr, dir } = runCheck(
    {
      'good.md': articleFile({ aliases: '[old-good]' }),
      'other.md': articleFile(),
      'broken-yaml.md': '---\ntitle: [unclosed\ndate: 2025-04-26\n---\n\nText.\n',
      'no-front-matter.md': 'Just text, no fields.\n',
      'script-front-matter.md': '---js\n{ title: "x" }\n---\n\nText.\n',
      'missing-source.md': articleFile({ source: null }),
      'bad-date.md': articleFile({ date: '26-04-2025' }),
      'local-time.md': articleFile({ date: '2025-04-26T09:30' }),
      'updated-before.md': articleFile({ date: '2025-04-26', updated: '2025-04-25' }),
      'bad-section.md': articleFile({ section: 'sports' }),
      'bad-lang.md': articleFile({ lang: 'fr' }),
      'typo.md': articleFile({ titel: 'x' }),
      'image-typo.md': articleFile({ image: '{ src: /images/a.jpg, alt: A, captoin: x }' }),
      'bad-image-path.md': articleFile({ image: '{ src: images/a.bmp, alt: A }' }),
      'missing-image.md': articleFile({ image: '{ src: /images/no-such-photo.jpg, alt: A }' }),
      'Bad_Slug.md': articleFile(),
      'twice-tagged.md': articleFile({ tags: '[Oil, Oil]' }),
      'own-alias.md': articleFile({ aliases: '[own-alias]' }),
      'alias-of-slug.md': articleFile({ aliases: '[other]' }),
      'same-alias.md': articleFile({ aliases: '[old-good]' }),
      'alias-twice.md': articleFile({ aliases: '[old-a, old-a]' }),
      'bad-alias.md': articleFile({ aliases: '[Old_URL]' }),
      'lonely-story.md': articleFile({ story: 'lonely' }),
      'pair-en.md': articleFile({ story: 'pair' }),
      'pair-en-again.md': articleFile({ story: 'pair' }),
      'empty-body.md': articleFile({}, '\n'),
      'not-utf8.md': notUtf8,
      'raw-html.md': articleFile({}, 'Text.\n\n<iframe src="https://x"></iframe>\n'),
      'unsafe-link.md': articleFile({}, 'See [this](javascript:alert(1)).\n'),
      'unsafe-image.md': articleFile({}, '![x](data:image/png;base64,AAAA)\n'),
      'notes.txt': 'not an article',
    },
    {
      'sections.yaml': `${sectionsYaml}- slug: iraq\n  name: Iraq again\n`,
      'moderation/terms.yaml': 'threat: [kill you]\npersonal-atack: [you idiot]\n',
      'moderation/terms.ckb.yaml': 'threat: [دەتکوژم, دەتکوژم]\n',
      'moderation/terms.fa.yaml': 'threat: [x]\n',
      'guidelines.ar.md': Buffer.from([0x41, 0xff, 0x0a]),
    },
  );
  const file = (name: string) => path.join(dir, name);
  const article = (name: string) => file(path.join('articles', name));
  expect(stdout).toBe('');
  expect(stderr.split('\n')).toEqual([
    `${file('sections.yaml')}: 2.slug: duplicate section "iraq"`,
    `${article('Bad_Slug.md')}: file: file name "Bad_Slug.md" is not a valid slug: use lowercase ASCII letters, digits and single hyphens, like hussein-rubio-meet`,
    `${article('alias-twice.md')}: aliases.1: alias "old-a" is listed twice`,
    `${article('bad-alias.md')}: aliases.0: each alias must be a slug: lowercase ASCII letters, digits and single hyphens, like hussein-rubio-meet`,
    `${article('bad-date.md')}: date: expected an ISO 8601 date like 2025-04-26, got "26-04-2025"`,
    `${article('bad-image-path.md')}: image.src: expected the path of an image in public/, like /images/erbil.jpg (jpg, png, webp, avif or gif), got "images/a.bmp"`,
    `${article('bad-lang.md')}: lang: expected the code of one of the site's editions (en for English, ckb for Sorani Kurdish, kmr for Kurmanji Kurdish, ar for Arabic, tr for Turkish), got "fr"`,
    `${article('bad-section.md')}: section: expected one of the sections in content/sections.yaml (iraq, world, iraq), got "sports"`,
    `${article('broken-yaml.md')}: front matter: invalid YAML at line 4, column 1: missed comma between flow collection entries`,
    `${article('empty-body.md')}: body: is empty: write the article text after the closing ---`,
    `${article('image-typo.md')}: image.captoin: unknown field; did you mean "caption"? (allowed: src, alt, caption, credit)`,
    `${article('local-time.md')}: date: expected a date-time with an offset like 2025-04-26T09:30:00+03:00, got "2025-04-26T09:30"`,
    `${article('missing-image.md')}: image.src: file public/images/no-such-photo.jpg does not exist`,
    `${article('missing-source.md')}: source: is required`,
    `${article('no-front-matter.md')}: front matter: missing: the file must start with a line "---", the fields, then another "---"`,
    `${article('not-utf8.md')}: file: is not valid UTF-8 text (first bad byte at offset 110); save it as UTF-8`,
    `${article('notes.txt')}: file: is not an article: article files are named <slug>.md`,
    `${article('script-front-matter.md')}: front matter: first line "---js" asks for JavaScript, which is never run; only YAML front matter is read: start the file with a line "---" alone`,
    `${article('twice-tagged.md')}: tags.1: tag "Oil" is listed twice`,
    `${article('typo.md')}: titel: unknown field; did you mean "title"? (allowed: title, date, updated, source, author, dateline, summary, section, tags, image, lang, story, comments, draft, aliases)`,
    `${article('updated-before.md')}: updated: must not be before date (2025-04-26), got "2025-04-25"`,
    `${article('alias-of-slug.md')}: aliases: "other" is the slug of another article (other.md)`,
    `${article('own-alias.md')}: aliases: "own-alias" is this article's own slug`,
    `${article('same-alias.md')}: aliases: "old-good" is also an alias of good.md`,
    `${article('lonely-story.md')}: story: "lonely" links to translations that do not exist: no other article has this story key (check its spelling, or remove it until a translation is written)`,
    `${article('pair-en.md')}: story: "pair" already has a en version (pair-en-again.md): a story has one article per language`,
    `${article('raw-html.md')}: body: raw HTML is not allowed and is left out of the page (line 10): <iframe src="https://x"></iframe>`,
    `${article('unsafe-image.md')}: body: image to "data:image/png;base64,AAAA" is not allowed (line 8): use http, https, mailto, tel or a path like /articles/slug`,
    `${article('unsafe-link.md')}: body: link to "javascript:alert(1)" is not allowed (line 8): use http, https, mailto, tel or a path like /articles/slug`,
    `${file('moderation/terms.yaml')}: personal-atack: unknown field; did you mean "personal-attack"? (allowed: profanity, threat, personal-attack, abuse, banned)`,
    `${file('moderation/terms.ckb.yaml')}: threat.1: "دەتکوژم" is listed twice`,
    `${file('moderation/terms.fa.yaml')}: file: "fa" is not an edition: name the file terms.<code>.yaml with one of en, ckb, kmr, ar, tr`,
    `${file('guidelines.ar.md')}: file: is not valid UTF-8 text (first bad byte at offset 1); save it as UTF-8`,
    'content:check: 33 problems found.',
    '',
  ]);
  expect(status).toBe(1);
}, 30_000);
