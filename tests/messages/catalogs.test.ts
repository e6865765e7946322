import { describe, expect, test } from 'vitest';
import { completeCatalogs, getMessages } from '@/lib/messages';
import { en } from '@/lib/messages/en';
import { kmr } from '@/lib/messages/kmr';

const english = en({ number: String });

// Every argument of every catalog function is a count or a name; 2 is a fine stand-in for both
// and picks Arabic's dual, the form most easily left out.
function call(value: (...args: never[]) => unknown): unknown {
  return (value as (...args: unknown[]) => unknown)(...Array<unknown>(value.length).fill(2));
}

/** Paths of English keys the catalog lacks, leaves empty, or answers with an empty string. */
function gaps(reference: object, catalog: unknown, prefix = ''): string[] {
  return Object.entries(reference).flatMap(([key, expected]: [string, unknown]) => {
    const path = `${prefix}${key}`;
    const actual =
      typeof catalog === 'object' && catalog !== null && Object.hasOwn(catalog, key)
        ? (catalog as Record<string, unknown>)[key]
        : undefined;
    if (actual === undefined) return [`${path}: missing`];
    if (typeof expected === 'object' && expected !== null)
      return gaps(expected, actual, `${path}.`);
    if (typeof expected === 'function') {
      if (typeof actual !== 'function') return [`${path}: not a function`];
      const text = call(actual as (...args: never[]) => unknown);
      return typeof text === 'string' && text.trim() !== '' && !/undefined|NaN/.test(text)
        ? []
        : [`${path}: returns ${JSON.stringify(text)}`];
    }
    return typeof actual === 'string' && actual.trim() !== '' ? [] : [`${path}: empty`];
  });
}

describe('complete catalogs', () => {
  const complete = completeCatalogs();

  test('English, Sorani and Arabic claim to be complete', () => {
    expect(complete.map((catalog) => catalog.lang).sort()).toEqual(['ar', 'ckb', 'en']);
  });

  test.each(complete.map((catalog) => [catalog.lang, catalog.messages] as const))(
    '%s has every English key, non-empty',
    (_lang, messages) => {
      expect(gaps(english, messages)).toEqual([]);
    },
  );

  test('the check notices a missing nested key and an empty function result', () => {
    const broken = {
      ...english,
      search: { ...english.search, hint: undefined },
      minRead: () => ' ',
    };
    expect(gaps(english, broken)).toEqual(['minRead: returns " "', 'search.hint: missing']);
  });
});

describe('partial catalogs', () => {
  test('a key Kurmanji lacks is English, the rest Kurmanji', () => {
    const own = kmr({ number: String });
    const missing = Object.keys(english).filter((key) => !Object.hasOwn(own, key));
    expect(missing).toContain('draft');
    const messages = getMessages('kmr');
    for (const key of missing)
      expect(messages[key as keyof typeof messages]).toEqual(
        getMessages('en')[key as keyof typeof messages],
      );
    expect(messages.commentsHeading(3)).toBe('Şîrove (3)');
  });
});

describe('numbers in the edition’s digits', () => {
  test('Sorani writes Eastern Arabic digits', () => {
    const ckb = getMessages('ckb');
    expect(ckb.commentsHeading(12)).toContain('١٢');
    expect(ckb.commentsHeading(12)).not.toMatch(/[0-9]/);
    expect(ckb.commentHint(3000)).toContain('٣٬٠٠٠');
  });

  test('a year is not grouped', () => {
    expect(getMessages('ckb').allRights(2025, 'Rudaw')).toBe('© ٢٠٢٥ Rudaw');
  });

  test('Turkish keeps 0-9', () => {
    expect(getMessages('tr').commentsHeading(12)).toBe('Yorumlar (12)');
  });
});

describe('Arabic counts', () => {
  const ar = getMessages('ar');

  test.each([
    [1, 'وقت القراءة: دقيقة واحدة'],
    [2, 'وقت القراءة: دقيقتان'],
    [3, 'وقت القراءة: ٣ دقائق'],
    [11, 'وقت القراءة: ١١ دقيقة'],
    [100, 'وقت القراءة: ١٠٠ دقيقة'],
  ])('%i minutes read as “%s”', (minutes, text) => {
    expect(ar.minRead(minutes)).toBe(text);
  });

  test('search results take the dual and the plural', () => {
    expect(ar.search.resultCount(2, 'أربيل')).toBe('نتيجتان عن «أربيل»');
    expect(ar.search.resultCount(5, 'أربيل')).toBe('٥ نتائج عن «أربيل»');
  });

  test('waits use the genitive dual after بعد', () => {
    expect(ar.tooQuickly(120)).toContain('بعد نحو دقيقتين');
  });
});

describe('the edition’s name in running text', () => {
  test.each([
    ['ckb', 'بابەتەکانی وەشانی کوردی نیشان دەدرێن.'],
    ['ar', 'تُعرض مقالات الإصدار العربي.'],
    ['kmr', 'Nûçeyên weşana kurmancî tên nîşandan.'],
    ['tr', 'Türkçe yayınındaki haberler gösteriliyor.'],
  ])('%s reads “%s”', (lang, text) => {
    const messages = getMessages(lang);
    expect(messages.search.inEdition(messages.editionName)).toBe(text);
  });
});
