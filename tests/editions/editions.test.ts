import { describe, expect, test } from 'vitest';
import {
  defaultEdition,
  editionFor,
  editionPrefix,
  findEdition,
  formatNumber,
  isEditionCode,
  listEditions,
  textDirection,
} from '@/lib/editions';
import { languageAlternates, editionAlternates } from '@/lib/editions/alternates';
import { defaultEditionCode, editionCodeList } from '@/lib/editions/codes.mjs';
import { routes } from '@/lib/routes';

describe('editions', () => {
  test('the newsroom publishes English, Sorani, Kurmanji, Arabic and Turkish', () => {
    expect(listEditions().map((edition) => edition.code)).toEqual(['en', 'ckb', 'kmr', 'ar', 'tr']);
  });

  test("next.config.mjs's list of codes (lib/editions/codes.mjs) is the editions' own", () => {
    expect(editionCodeList).toEqual(listEditions().map((edition) => edition.code));
    expect(defaultEditionCode).toBe(defaultEdition);
  });

  test('Sorani and Arabic are written right to left, the others left to right', () => {
    expect(
      Object.fromEntries(
        listEditions().map((edition) => [edition.code, textDirection(edition.code)]),
      ),
    ).toEqual({ en: 'ltr', ckb: 'rtl', kmr: 'ltr', ar: 'rtl', tr: 'ltr' });
    // A region subtag does not change the script's direction; nor does case.
    expect(textDirection('ckb-IQ')).toBe('rtl');
    expect(textDirection('AR')).toBe('rtl');
    // A right-to-left language the site has no edition for (a comment's, say) is still RTL.
    expect(textDirection('fa')).toBe('rtl');
    expect(textDirection('de')).toBe('ltr');
  });

  test('a language resolves to its edition, anything else to the default edition', () => {
    expect(editionFor('ckb-IQ').code).toBe('ckb');
    expect(editionFor('tr').code).toBe('tr');
    expect(editionFor('de').code).toBe('en');
    expect(findEdition('de')).toBeUndefined();
    expect(isEditionCode('kmr')).toBe(true);
    expect(isEditionCode('ku')).toBe(false);
  });

  test("each edition's name is written in its own script", () => {
    expect(listEditions().map((edition) => edition.name)).toEqual([
      'English',
      'کوردی',
      'Kurmancî',
      'العربية',
      'Türkçe',
    ]);
  });

  test('numbers use the edition’s digits', () => {
    expect(formatNumber(1234, 'en')).toBe('1,234');
    expect(formatNumber(1234, 'ckb')).toBe('١٬٢٣٤');
    expect(formatNumber(12, 'ar')).toBe('١٢');
    expect(formatNumber(1234, 'tr')).toBe('1.234');
  });
});

describe('edition URLs', () => {
  test('English keeps its unprefixed URLs; other editions live under their code', () => {
    expect(editionPrefix('en')).toBe('');
    expect(routes.home('en')).toBe('/');
    expect(routes.home('ckb')).toBe('/ckb');
    expect(routes.article('meeting', 'en')).toBe('/articles/meeting');
    expect(routes.article('meeting-ckb', 'ckb')).toBe('/ckb/articles/meeting-ckb');
    expect(routes.section('iraq', 'ar', 2)).toBe('/ar/sections/iraq/page/2');
    expect(routes.topic('هەولێر', 'ckb')).toBe(`/ckb/topics/${encodeURIComponent('هەولێر')}`);
    expect(routes.feed('en')).toBe('/feed.xml');
    expect(routes.feed('tr')).toBe('/tr/feed.xml');
    expect(routes.frontPage(1, 'kmr')).toBe('/kmr');
    expect(routes.frontPage(2, 'kmr')).toBe('/kmr/page/2');
    expect(routes.search('ckb', 'هەولێر', 1, true)).toBe(
      `/ckb/search?q=${encodeURIComponent('هەولێر')}&editions=all`,
    );
  });

  test('hreflang alternates name every version and an x-default', () => {
    expect(
      languageAlternates(
        new Map([
          ['ckb', '/ckb/articles/a'],
          ['en', '/articles/a'],
        ]),
      ),
    ).toEqual({ ckb: '/ckb/articles/a', en: '/articles/a', 'x-default': '/articles/a' });
    // Without an English version, the first version is the default.
    expect(
      languageAlternates(
        new Map([
          ['ar', '/ar/articles/b'],
          ['ckb', '/ckb/articles/b'],
        ]),
      ),
    ).toEqual({ ar: '/ar/articles/b', ckb: '/ckb/articles/b', 'x-default': '/ar/articles/b' });
    // A page in one language only has no alternates to offer.
    expect(languageAlternates(new Map([['tr', '/tr/articles/c']]))).toEqual({
      tr: '/tr/articles/c',
    });
    expect(editionAlternates(routes.home)).toEqual({
      en: '/',
      ckb: '/ckb',
      kmr: '/kmr',
      ar: '/ar',
      tr: '/tr',
      'x-default': '/',
    });
  });
});
