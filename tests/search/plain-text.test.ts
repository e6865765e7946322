import { expect, test } from 'vitest';
import { plainText } from '@/lib/articles/text';

test('keeps the words of every block and drops the Markdown around them', () => {
  const body = [
    '# Heading',
    '',
    'A **bold** and _quiet_ [link](https://example.com) with `code`.',
    '',
    '![Alt text](/images/a.jpg)',
    '',
    '> A quoted line',
    '',
    '- first item',
    '1. numbered item',
    '',
    '| City | Rain |',
    '| ---- | ---: |',
    '| Erbil | 12 |',
    '',
    '```',
    'let x = 1;',
    '```',
    '',
    '---',
    '',
    'Last ~~old~~ paragraph.',
  ].join('\n');
  expect(plainText(body)).toBe(
    'Heading A bold and quiet link with code. A quoted line first item numbered item City Rain ' +
      'Erbil 12 let x = 1; Last old paragraph.',
  );
});

test('is empty for an empty body', () => {
  expect(plainText('')).toBe('');
});
