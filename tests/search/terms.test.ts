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
    expect(toTerm('هەولێر')).toMatch(/^\p{Script=Arabic}{6}$/u);
    expect(toTerm('Москва')).toBe('москва');
  });

  test('drops stop words and words made only of marks', () => {
    expect(toTerm('The')).toBeNull();
    expect(toTerm('of')).toBeNull();
    expect(toTerm('\u0301')).toBeNull();
  });
});

describe('Arabic-script terms', () => {
  test.each([
    ['Arabic ي and ك for Sorani ی and ک', 'کوردستانی', 'كوردستاني'],
    ['ى for ي', 'على', 'علي'],
    ['tatweel', 'بغداد', 'بغـــداد'],
    ['harakat', 'العراق', 'العِرَاق'],
    ['hamza on alef', 'أربيل', 'اربيل'],
    ['a zero-width non-joiner', 'بەڵام', 'به\u200Cڵام'],
    ['a bidi mark', 'سلێمانی', '\u200Fسلێمانی'],
    ['ه typed for ە, and the other Sorani letters a keyboard may lack', 'هەولێر', 'ههولیر'],
    ['ڕ, ڵ and ۆ typed as ر, ل and و', 'ڕۆژهەڵات', 'روژههلات'],
    ['presentation forms', 'كلب', '\uFEDB\uFEE0\uFE90'],
  ])('%s: one term', (_, written, typed) => {
    expect(toTerm(typed)).toBe(toTerm(written));
  });

  test('ة and ه stay apart (حماة, the city)', () => {
    expect(toTerm('حماة')).not.toBe(toTerm('حماه'));
  });

  test('a word of only invisible characters is no term', () => {
    expect(toTerm('\u200F\u200C')).toBeNull();
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

  test('keeps a zero-width non-joiner or a bidi mark inside its word', () => {
    expect(tokenize('به\u200Cڵام ئه\u200Cو')).toEqual(['به\u200Cڵام', 'ئه\u200Cو']);
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
