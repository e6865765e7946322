import { describe, expect, test } from 'vitest';
import { countWords, deriveSummary, readingMinutes } from '@/lib/articles/text';

describe('deriveSummary', () => {
  test('takes the first paragraph as plain text', () => {
    expect(
      deriveSummary('Iraq and the **US** met in [Washington](https://x.y).\n\nSecond paragraph.'),
    ).toBe('Iraq and the US met in Washington.');
  });

  test('skips headings, images, lists, quotes and code before the first paragraph', () => {
    const body = [
      '# Title',
      '',
      '![a](/b.jpg)',
      '',
      '- item',
      '',
      '> quote',
      '',
      '```',
      'code',
      '',
      'more code',
      '```',
      '',
      'The real lead.',
    ].join('\n');
    expect(deriveSummary(body)).toBe('The real lead.');
  });

  test('cuts a long paragraph at a word boundary', () => {
    const summary = deriveSummary(`${'word '.repeat(100)}end.`);
    expect(summary.length).toBeLessThanOrEqual(281);
    expect(summary.endsWith('word…')).toBe(true);
  });

  test('keeps non-Latin text', () => {
    expect(deriveSummary('وەزیری دەرەوەی عێراق لە واشنتۆن.')).toBe(
      'وەزیری دەرەوەی عێراق لە واشنتۆن.',
    );
  });
});

describe('word count and reading time', () => {
  test('counts words, not Markdown syntax', () => {
    expect(
      countWords('## Two words\n\nA [linked phrase](https://example.com) here, 24,000 MW.'),
    ).toBe(8);
  });

  test('reading time is at least a minute and grows with length', () => {
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(1150)).toBe(5);
  });
});
