import { describe, expect, test } from 'vitest';
import {
  foldArabicScript,
  letterRulesFor,
  mapText,
  originalSlice,
  type LetterRules,
} from '@/lib/text/normalize';

const same = (a: string, b: string, rules: LetterRules) =>
  foldArabicScript(a, rules) === foldArabicScript(b, rules);

describe('foldArabicScript removes what changes the look but not the word', () => {
  test.each([
    ['tatweel', 'كـــلـب', 'كلب'],
    ['harakat', 'كَلْبٌ', 'كلب'],
    ['superscript alef', 'هٰذا', 'هذا'],
    ['zero-width joiner', 'گەم\u200Dژە', 'گەمژە'],
    ['zero-width non-joiner', 'سەگ\u200Cباب', 'سەگباب'],
    ['right-to-left mark', 'سأ\u200Fقتلك', 'سأقتلك'],
    ['right-to-left embedding', 'سأ\u202Bقتلك\u202C', 'سأقتلك'],
    ['right-to-left isolate', '\u2067دەتکوژم\u2069', 'دەتکوژم'],
    ['Arabic letter mark', 'اخ\u061Cرس', 'اخرس'],
    ['soft hyphen', 'id\u00ADiot', 'idiot'],
  ])('%s', (_, disguised, plain) => {
    for (const rules of ['sorani', 'arabic', 'search'] as const)
      expect(foldArabicScript(disguised, rules)).toBe(foldArabicScript(plain, rules));
    expect(foldArabicScript(disguised, 'other')).not.toContain('\u200D');
  });

  test('NFKC: Arabic presentation forms and fullwidth letters become the letters they show', () => {
    // ﻛﻠﺐ is three presentation-form code points (U+FEDB U+FEE0 U+FE90).
    expect(foldArabicScript('\uFEDB\uFEE0\uFE90', 'arabic')).toBe(
      foldArabicScript('كلب', 'arabic'),
    );
    expect(foldArabicScript('ｉｄｉｏｔ', 'other')).toBe('idiot');
  });
});

describe('keyboard variants of one letter', () => {
  test('Arabic ي, Persian ی and ى are one letter in Sorani and in Arabic', () => {
    for (const rules of ['sorani', 'arabic', 'search'] as const) {
      expect(same('يا غبي', 'یا غبی', rules)).toBe(true);
      expect(same('على', 'علي', rules)).toBe(true);
    }
  });

  test('Arabic ك and Persian ک are one letter', () => {
    for (const rules of ['sorani', 'arabic', 'search'] as const)
      expect(same('كوڕی سەگ', 'کوڕی سەگ', rules)).toBe(true);
  });

  test('ھ and ه are both h', () => {
    expect(same('ھەولێر', 'هەولێر', 'sorani')).toBe(true);
  });

  test('Arabic reads hamza on alef as alef, and a Kurdish ە as ه', () => {
    expect(same('يلعن أبوك', 'يلعن ابوك', 'arabic')).toBe(true);
    expect(same('إرجع', 'ارجع', 'arabic')).toBe(true);
    expect(same('حمارە', 'حماره', 'arabic')).toBe(true);
  });
});

describe('letters Sorani tells apart stay apart in Sorani', () => {
  test.each([
    ['ه', 'ە'],
    ['ر', 'ڕ'],
    ['ل', 'ڵ'],
    ['و', 'ۆ'],
    ['ی', 'ێ'],
  ])('%s and %s', (a, b) => {
    expect(same(a, b, 'sorani')).toBe(false);
    // A word pair that differs by this letter alone is two words.
    expect(same(`ک${a}ر`, `ک${b}ر`, 'sorani')).toBe(false);
  });

  test('ه and ە: not folded in a Sorani word', () => {
    expect(foldArabicScript('گەمژە', 'sorani')).toBe('گەمژە');
    expect(foldArabicScript('گهمژه', 'sorani')).not.toBe(foldArabicScript('گەمژە', 'sorani'));
  });

  test('Arabic keeps ة and ه apart (حماة the city, حماه his father-in-law)', () => {
    expect(same('حماة', 'حماه', 'arabic')).toBe(false);
    expect(same('حماة', 'حماه', 'search')).toBe(false);
  });

  test('search does fold them, for readers whose keyboards have no ە, ڕ, ڵ, ۆ or ێ', () => {
    expect(same('ههولیر', 'هەولێر', 'search')).toBe(true);
    expect(same('کورد', 'کۆرد', 'search')).toBe(true);
    expect(same('ڕووداو', 'رووداو', 'search')).toBe(true);
    expect(same('وڵات', 'ولات', 'search')).toBe(true);
  });

  test('the old typing of ە as ه with a non-joiner is read as ە in Sorani', () => {
    expect(foldArabicScript('به\u200Cڵام', 'sorani')).toBe('بەڵام');
    expect(foldArabicScript('قه\u200Cحبه\u200C', 'sorani')).toBe('قەحبە');
  });
});

test('letterRulesFor picks a language’s rules from its edition code', () => {
  expect(letterRulesFor('ckb')).toBe('sorani');
  expect(letterRulesFor('ckb-IQ')).toBe('sorani');
  expect(letterRulesFor('ar')).toBe('arabic');
  expect(letterRulesFor('kmr')).toBe('other');
  expect(letterRulesFor(undefined)).toBe('other');
});

describe('mapText', () => {
  test('each folded code unit knows the original characters it came from', () => {
    const original = 'يا غَبِـيّ!';
    const mapped = mapText(original, (segment) => foldArabicScript(segment, 'arabic'));
    expect(mapped.text).toBe('يا غبي!');
    const at = mapped.text.indexOf('غبي');
    // The original slice keeps the harakat and the tatweel the reader wrote.
    expect(originalSlice(mapped, at, at + 3)).toBe('غَبِـيّ');
  });

  test('a character that grows under NFKC maps every part back to itself', () => {
    const mapped = mapText('ﬁne', (segment) => segment.normalize('NFKC'));
    expect(mapped.text).toBe('fine');
    expect(originalSlice(mapped, 1, 3)).toBe('ﬁn');
  });
});
