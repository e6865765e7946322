import { describe, expect, test } from 'vitest';
import { buildSearchIndex, runSearch, type SearchIndex } from '@/lib/search/engine';
import type { Segment } from '@/lib/search/highlight';
import { articleFile, loadFixture } from '../support/content-fixture';

const show = (segments: Segment[]) =>
  segments.map((segment) => (segment.match ? `[${segment.text}]` : segment.text)).join('');

// One story in three editions, plus an Arabic one on another subject.
async function editions(): Promise<SearchIndex> {
  const { articles, problems } = loadFixture({
    'erbil-ckb.md': articleFile(
      { title: 'فڕۆکەخانەی هەولێر دووبارە کرایەوە', lang: 'ckb' },
      'گەشتەکان بۆ بەغدا و کوردستان بەڕێوەچوون، بەڵام کارمەندانی فڕۆکەخانە داوای موچەی زیاتر دەکەن.\n',
    ),
    'erbil-ar.md': articleFile(
      { title: 'إعادة فتح مطار أربيل الدولي', lang: 'ar' },
      'استؤنفت الرحلات إلى بغداد وإقليم كوردستان يوم الأحد.\n',
    ),
    'erbil-en.md': articleFile(
      { title: 'Erbil airport reopens', lang: 'en' },
      'Flights to Baghdad and Kurdistan resumed on Sunday.\n',
    ),
    'basra-ar.md': articleFile(
      { title: 'الكهرباء في البصرة', lang: 'ar' },
      'قالت الوزارة إن الإنتاج ارتفع على مستوى المحافظة.\n',
    ),
  });
  expect(problems).toEqual([]);
  return buildSearchIndex(articles);
}

const slugs = (index: SearchIndex, query: string, lang?: 'en' | 'ckb' | 'ar' | 'kmr' | 'tr') =>
  runSearch(index, query, 1, 20, lang)
    .hits.map((hit) => hit.article.slug)
    .sort();

describe('Sorani queries match however they are typed', () => {
  test.each([
    ['as written', 'هەولێر'],
    ['on a keyboard without ە and ێ', 'ههولیر'],
    ['with Arabic ك and ي for ک and ی', 'فڕۆكەخانەي هەولێر'],
    ['with tatweel', 'هەولـــێر'],
    ['with a zero-width non-joiner for ە (the old typing)', 'ه\u200Cولێر'],
    ['with a bidi mark', '\u200Fهەولێر'],
  ])('%s', async (_, query) => {
    expect(slugs(await editions(), query)).toEqual(['erbil-ckb']);
  });

  test('Arabic ك and ي find Sorani ک and ی', async () => {
    // کوردستان is in the Sorani and (as كوردستان) the Arabic article.
    expect(slugs(await editions(), 'كوردستان')).toEqual(['erbil-ar', 'erbil-ckb']);
    expect(slugs(await editions(), 'کوردستان')).toEqual(['erbil-ar', 'erbil-ckb']);
  });

  test('the highlight marks the word as the article writes it', async () => {
    const [hit] = runSearch(await editions(), 'ههولیر', 1, 20).hits;
    expect(show(hit?.title ?? [])).toBe('فڕۆکەخانەی [هەولێر] دووبارە کرایەوە');
  });
});

describe('Arabic queries match however they are typed', () => {
  test.each([
    ['as written', 'أربيل'],
    ['without hamza', 'اربيل'],
    ['with harakat', 'أَرْبِيل'],
    ['with tatweel', 'أربـــيل'],
    ['with Persian ی', 'اربیل'],
  ])('%s', async (_, query) => {
    expect(slugs(await editions(), query)).toEqual(['erbil-ar']);
  });

  test('ى and ي meet', async () => {
    expect(slugs(await editions(), 'علي مستوي')).toEqual(['basra-ar']);
  });

  test('the highlight keeps the hamza the article wrote', async () => {
    const [hit] = runSearch(await editions(), 'اربيل', 1, 20).hits;
    expect(show(hit?.title ?? [])).toBe('إعادة فتح مطار [أربيل] الدولي');
  });
});

describe('limiting to one edition', () => {
  test('without a language every edition is searched; with one, only its articles', async () => {
    const index = await editions();
    expect(slugs(index, 'کوردستان')).toEqual(['erbil-ar', 'erbil-ckb']);
    expect(slugs(index, 'کوردستان', 'ar')).toEqual(['erbil-ar']);
    expect(slugs(index, 'کوردستان', 'ckb')).toEqual(['erbil-ckb']);
    expect(slugs(index, 'Baghdad', 'ckb')).toEqual([]);
    expect(slugs(index, 'Baghdad', 'en')).toEqual(['erbil-en']);
  });

  test('totals and pages count only that edition', async () => {
    const page = runSearch(await editions(), 'کوردستان', 1, 1, 'ar');
    expect(page).toMatchObject({ total: 1, totalPages: 1 });
  });

  test('each hit carries its article’s edition', async () => {
    const hits = runSearch(await editions(), 'کوردستان', 1, 20).hits;
    expect(hits.map((hit) => [hit.article.slug, hit.lang]).sort()).toEqual([
      ['erbil-ar', 'ar'],
      ['erbil-ckb', 'ckb'],
    ]);
  });
});
