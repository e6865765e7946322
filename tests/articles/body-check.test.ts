import { expect, test } from 'vitest';
import { findBodyProblems } from '@/lib/articles/body-check';

test('reports raw HTML and unsafe links with the file line', () => {
  const body = [
    'First paragraph.',
    '',
    '<script>alert(1)</script>',
    '',
    'A [bad link](javascript:alert(1)) and [fine](https://example.com).',
    '',
    '![x](data:image/png;base64,AA)',
  ].join('\n');
  const problems = findBodyProblems({ file: 'content/articles/a.md', body, bodyStartLine: 8 });
  expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
    'body: raw HTML is not allowed and is left out of the page (line 10): <script>alert(1)</script>',
    'body: link to "javascript:alert(1)" is not allowed (line 12): use http, https, mailto, tel or a path like /articles/slug',
    'body: image to "data:image/png;base64,AA" is not allowed (line 14): use http, https, mailto, tel or a path like /articles/slug',
  ]);
});

test('a clean body has no problems', () => {
  expect(
    findBodyProblems({
      file: 'a.md',
      body: 'Text with [a link](/articles/other) and **bold**.\n',
      bodyStartLine: 1,
    }),
  ).toEqual([]);
});
