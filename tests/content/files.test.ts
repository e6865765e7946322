import matter from 'gray-matter';
import { afterEach, describe, expect, test } from 'vitest';
import { parseFrontMatter } from '@/lib/content/files';
import { articleFile, loadFixture } from '../support/content-fixture';

// What a hostile or careless file would run if gray-matter's JavaScript engine were reached.
const payload = "{ title: (globalThis.__frontMatterRan = true, 'Ran'), section: 'iraq' }";
const ran = () => (globalThis as Record<string, unknown>).__frontMatterRan;

afterEach(() => {
  delete (globalThis as Record<string, unknown>).__frontMatterRan;
});

describe('front matter in another language', () => {
  test.each(['---js', '---javascript', '--- js', '---JavaScript  '])(
    '%j is reported as a problem of that file and never evaluated',
    (opening) => {
      const { articles, problems } = loadFixture({
        'scripted.md': `${opening}\n${payload}\n---\n\nBody text.\n`,
        'fine.md': articleFile(),
      });
      expect(ran()).toBeUndefined();
      expect(articles.map((article) => article.slug)).toEqual(['fine']);
      expect(problems).toEqual([
        {
          file: expect.stringMatching(/scripted\.md$/),
          field: 'front matter',
          message: `first line "${opening.trimEnd()}" asks for JavaScript, which is never run; only YAML front matter is read: start the file with a line "---" alone`,
        },
      ]);
    },
  );

  test('other formats gray-matter knows are refused the same way', () => {
    const { problems } = loadFixture({ 'data.md': '---json\n{"title": "x"}\n---\n\nBody.\n' });
    expect(problems.map((problem) => [problem.field, problem.message])).toEqual([
      [
        'front matter',
        'first line "---json" asks for another format; only YAML front matter is read: start the file with a line "---" alone',
      ],
    ]);
  });

  test('even called directly on a script block, parseFrontMatter reads it only as YAML', () => {
    for (const opening of ['---js', '---javascript', '---'])
      parseFrontMatter(`${opening}\n${payload}\n---\nBody.\n`, 'direct.md');
    expect(ran()).toBeUndefined();
    // The payload is real: gray-matter's own engines would have run it.
    matter(`---js\n${payload}\n---\nBody.\n`, {});
    expect(ran()).toBe(true);
  });
});
