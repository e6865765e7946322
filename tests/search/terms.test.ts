import { describe, expect, test } from 'vitest';
import { maxQueryLength, normalizeQuery, tokenize, toTerm, wordSpans } from '@/lib/search/terms';

describe('toTerm', () => {
  test('lower-cases and strips accents, so spellings with and without them meet', () => {
    expect(toTerm('Erbîl')).toBe('erbil');
    expect(toTerm('ERBIL')).toBe('erbil');
    expect(toTerm('Café')).toBe('cafe');
    expect(toTerm('Şêx')).toBe('sex');
    expect(toTerm('İstanbul')).toBe('istanbul');
  });

  test('keeps letters of other scripts', () => {
    expect(toTerm('هەولێر')).toBe('هەولێر');
    expect(toTerm('Москва')).toBe('москва');
  });

  test('drops stop words and words made only of marks', () => {
    expect(toTerm('The')).toBeNull();
    expect(toTerm('of')).toBeNull();
    expect(toTerm('\u0301')).toBeNull();
  });
});

describe('tokenize', () => {
  test('splits on spaces, punctuation, hyphens and apostrophes', () => {
    expect(tokenize('Iraq-US ties: the coalition’s “end”, 2025.')).toEqual([
      'Iraq',
      'US',
      'ties',
      'the',
      'coalition',
      's',
      'end',
      '2025',
    ]);
  });

  test('keeps combining marks inside their word', () => {
    expect(tokenize('cafe\u0301 au lait')).toEqual(['cafe\u0301', 'au', 'lait']);
    expect(tokenize('سڵاو، هەولێر')).toEqual(['سڵاو', 'هەولێر']);
  });

  test('wordSpans gives each word with its position', () => {
    expect(wordSpans('Hi, Rubio')).toEqual([
      { start: 0, end: 2, word: 'Hi' },
      { start: 4, end: 9, word: 'Rubio' },
    ]);
  });
});

describe('normalizeQuery', () => {
  test('trims and collapses spaces', () => {
    expect(normalizeQuery('  Rubio \n  Hussein\t')).toBe('Rubio Hussein');
    expect(normalizeQuery('   ')).toBe('');
  });

  test(`caps the query at ${maxQueryLength} characters without splitting a character`, () => {
    expect(normalizeQuery('a'.repeat(500))).toHaveLength(maxQueryLength);
    const emoji = '😀'.repeat(300);
    const capped = normalizeQuery(emoji);
    expect(Array.from(capped)).toHaveLength(maxQueryLength);
    expect(capped).toBe('😀'.repeat(maxQueryLength));
  });
});
