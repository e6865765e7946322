import fc from 'fast-check';
import yaml from 'js-yaml';
import { expect, test } from 'vitest';
import { frontMatterFields, imageFields } from '@/lib/articles/schema';
import { loadFixture } from '../support/content-fixture';

// Whatever an editor saves, loading reports problems (file, field, message) and never throws:
// a TypeError from a surprising value would take the whole site's build down with it.

const fieldNames = fc.oneof(
  fc.constantFrom(...frontMatterFields, ...imageFields, '__proto__', 'constructor', 'toString'),
  fc.string({ maxLength: 12 }),
);
const plausibleValues = fc.constantFrom(
  '2025-04-26',
  '2025-04-26T09:30:00+03:00',
  '2025-02-30',
  'iraq',
  'world',
  'open',
  '/images/erbil.jpg',
  'ckb',
  'en-GB',
  '',
  ' ',
);
const values = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    plausibleValues,
    fc.string({ maxLength: 20 }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fieldNames, tie('value'), { maxKeys: 5 }),
  ),
}));

/** Front matter that YAML reads as a mapping, mostly about the real fields. */
const mappingText = fc
  .dictionary(fieldNames, values.value, { maxKeys: 10 })
  .map((data) => yaml.dump(data, { skipInvalid: true }));

/** Text that merely looks like YAML: indicators, quotes, anchors, tags, odd indentation. */
const yamlishText = fc.string({
  unit: fc.constantFrom(
    ...'abc: -?[]{},&*!|>\'"%@`#\n\n  \t'.split(''),
    'title: ',
    'date: ',
    'tags:\n  - ',
    'image:\n  src: ',
    '!!binary ',
    '!!js/function ',
    '*x',
    '&x ',
    '<<: ',
    '---',
    '...',
    '\u00A0',
    '\uFEFF',
    '🙂',
  ),
  maxLength: 60,
});

const bodies = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('Body.\n', '---\nmore\n---\n', '\n\n   \n', '# Heading\n\nText.'),
);

const files = fc
  .record({
    frontMatter: fc.oneof(mappingText, yamlishText),
    body: bodies,
    opening: fc.constantFrom('---\n', '---\r\n', '--- \n', '---js\n', '----\n', ''),
    closing: fc.constantFrom('\n---\n', '\r\n---\r\n', '\n', '\n--- \n'),
  })
  .map(({ frontMatter, body, opening, closing }) => `${opening}${frontMatter}${closing}${body}`);

const names = fc.constantFrom('a-story.md', 'Bad Name.md', 'x.md', 'notes.txt');

test(
  'the loader only ever fails with content problems that name the file and the field',
  { timeout: 30_000 },
  () => {
    fc.assert(
      fc.property(files, names, (text, name) => {
        let result: ReturnType<typeof loadFixture> | undefined;
        expect(() => {
          result = loadFixture({ [name]: text });
        }).not.toThrow();
        for (const problem of result?.problems ?? []) {
          expect(problem.file.endsWith(`/${name}`) || problem.file === name).toBe(true);
          expect(typeof problem.field).toBe('string');
          expect(problem.field.trim()).not.toBe('');
          expect(typeof problem.message).toBe('string');
          expect(problem.message.trim()).not.toBe('');
        }
        // An article that loads has the fields the pages rely on.
        for (const article of result?.articles ?? []) {
          expect(typeof article.title).toBe('string');
          expect(Number.isFinite(article.publishedAt)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  },
);
