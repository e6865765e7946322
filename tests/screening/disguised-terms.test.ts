import { describe, expect, test } from 'vitest';
import { screenComment } from '@/lib/screening';
import { loadTermCatalog } from '@/lib/screening/terms';
import { termsFixture } from '../support/fixtures';

// Fixed lists (tests/support/fixtures/moderation/), not the newsroom's: what is tested is that a
// listed term is found however it is disguised, and that an edit of content/ cannot change that.
const { catalog, problems } = loadTermCatalog(termsFixture);

const screen = (body: string, lang: string) =>
  screenComment({
    body,
    lang,
    authorName: 'Reader',
    now: Date.UTC(2025, 3, 26, 12),
    recent: [],
    terms: catalog,
  }).flags.map((flag) => [flag.category, flag.evidence]);

test('the lists load', () => {
  expect(problems).toEqual([]);
  expect(Object.keys(catalog.byLanguage).sort()).toEqual(['ar', 'ckb']);
});

describe('a disguised term is caught, and the evidence is the text as written', () => {
  test.each([
    ['tatweel', 'ckb', 'ئەی گەمـــژە، بڕۆ', ['personal-attack', 'گەمـــژە']],
    ['harakat', 'ar', 'أنتَ يا غَبِيّ', ['personal-attack', 'يا غَبِيّ']],
    ['zero-width joiner', 'ckb', 'دەت\u200Dکوژم', ['threat', 'دەت\u200Dکوژم']],
    ['right-to-left mark', 'ar', 'سأ\u200Fقتلك', ['threat', 'سأ\u200Fقتلك']],
    ['right-to-left override', 'ar', 'اخ\u202Eرس', ['personal-attack', 'اخ\u202Eرس']],
    ['Persian ی for Arabic ي', 'ar', 'يا غبی', ['personal-attack', 'يا غبی']],
    ['Arabic ي for Sorani ی, and ك for ک', 'ckb', 'كوڕي سەگ', ['personal-attack', 'كوڕي سەگ']],
    ['Persian ک for Arabic ك', 'ar', 'یا کلب', ['personal-attack', 'یا کلب']],
    ['alef without hamza', 'ar', 'يلعن ابوك', ['profanity', 'يلعن ابوك']],
    ['Arabic presentation forms', 'ar', 'ﻳﺎ ﻛﻠﺐ', ['personal-attack', 'ﻳﺎ ﻛﻠﺐ']],
    [
      'the old ه + non-joiner for ە',
      'ckb',
      'قه\u200Cحبه\u200C',
      ['profanity', 'قه\u200Cحبه\u200C'],
    ],
    ['Cyrillic letters', 'en', 'kіll yоu', ['threat', 'kіll yоu']],
    ['digits', 'en', 'you 1d10t', ['personal-attack', 'you 1d10t']],
    ['fullwidth letters', 'en', 'ｓｈｕｔ ｕｐ', ['personal-attack', 'ｓｈｕｔ ｕｐ']],
    ['a soft hyphen', 'ckb', 'shut u\u00ADp', ['personal-attack', 'shut u\u00ADp']],
  ])('%s', (_, lang, body, flag) => {
    expect(screen(body, lang)).toContainEqual(flag);
  });
});

test('English swearing with a hidden character is still profanity', () => {
  expect(screen('what the f\u200Buck', 'en')).toEqual([['profanity', 'f\u200Buck']]);
});

test('a language’s own list applies only to comments in that language', () => {
  expect(screen('ئەی گەمژە', 'ckb')).toEqual([['personal-attack', 'گەمژە']]);
  expect(screen('ئەی گەمژە', 'en')).toEqual([]);
  expect(screen('يا غبي', 'ckb')).toEqual([]);
  // The shared English lists apply everywhere.
  expect(screen('shut up', 'ar')).toEqual([['personal-attack', 'shut up']]);
});

test('in Sorani, ە in a term is not matched by ه: they are two letters', () => {
  expect(screen('گەمژە', 'ckb')).toEqual([['personal-attack', 'گەمژە']]);
  expect(screen('گهمژه', 'ckb')).toEqual([]);
});

// News-like text and ordinary comments, full of ە, ڕ, ڵ, ێ and ۆ, hamza, ة and harakat.
const sorani = [
  'هەولێر - ڕۆژی هەینی، وەزیری دەرەوەی عێراق لەگەڵ وەزیری دەرەوەی ئەمریکا لە واشنتن کۆبووەوە و باسیان لە بەهێزکردنی پەیوەندییەکانی نێوان هەردوو وڵات کرد.',
  'بەپێی ئامارەکانی حکومەتی هەرێمی کوردستان، بەرهەمهێنانی کارەبا لەم هاوینەدا گەیشتە ئاستێکی بێوێنە و زۆربەی گەڕەکەکانی شاری سلێمانی ڕۆژانە بیست کاتژمێر کارەبایان هەبوو.',
  'یاریزانانی هەڵبژاردەی کوردستان دوای سەرکەوتنیان لە یارییەکەدا بە گەرمی پێشوازییان لێکرا، و ڕاهێنەرەکەیان سوپاسی هاندەرانی کرد.',
  'پۆلیس ڕایگەیاند دوو گومانلێکراو دەستگیر کراون بە تۆمەتی کوشتنی بازرگانێک لە دهۆک، و لێکۆڵینەوەکان بەردەوامن.',
  'زۆر سوپاس بۆ ئەم ڕاپۆرتە، هیوادارم حکومەت گوێ لە خەڵکی گوندەکان بگرێت و ڕێگاکانیان چاک بکاتەوە.',
  'به‌ڵام ئه‌و پرسیاره‌ی که‌ خه‌ڵک ده‌یکات ئه‌وه‌یه‌ که‌ی مووچه‌کان دابه‌ش ده‌کرێن.',
];
const arabic = [
  'أربيل - التقى وزير الخارجية العراقي فؤاد حسين نظيره الأمريكي ماركو روبيو في واشنطن يوم الجمعة، وبحث الجانبان سبل تعزيز العلاقات الثنائية بين البلدين.',
  'قالت وزارة الكهرباء إن إنتاج الطاقة بلغ مستوىً قياسيًا هذا الصيف، وإن معظم أحياء بغداد حصلت على الكهرباء عشرين ساعة يوميًا.',
  'أعلنت الشرطة القبض على عصابة متهمة بقتل تاجر في البصرة، وقال متحدث إن التحقيقات مستمرة وإن المتهمين سيحالون إلى القضاء.',
  'وصل آلاف اللاجئين إلى مخيمات في محافظة دهوك، وقالت منظمة إغاثة إن الأطفال والنساء يشكلون أكثر من نصفهم.',
  'شكرًا على هذا التقرير المفيد، أتمنى أن تستمع الحكومة إلى مطالب الناس في حماة وحمص.',
  'يا عبد الله، المرأة في مجتمعنا تعمل وتدرس، وابن الكلية الذي كتب هذا المقال محق.',
];

test.each(sorani)('no flag for Sorani text %#', (body) => {
  expect(screen(body, 'ckb')).toEqual([]);
});

test.each(arabic)('no flag for Arabic text %#', (body) => {
  expect(screen(body, 'ar')).toEqual([]);
});
