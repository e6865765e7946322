import { expect, test } from 'vitest';
import { abuseTermsPhase } from '@/lib/screening/phases/abuse-terms';
import { termListsSchema } from '@/lib/screening/terms';

const terms = catalog({
  threat: ['kill you', 'hunt you down'],
  'personal-attack': ['you idiot', "you're stupid", 'ass'],
  abuse: {
    sexism: ['women belong in the kitchen'],
    racism: ['subhuman'],
    homophobia: ['gay agenda'],
    xenophobia: ['go back to your country', 'subhuman'],
  },
});

function catalog(shared: unknown) {
  return { shared: termListsSchema.parse(shared), byLanguage: {} };
}

const found = (body: string) =>
  abuseTermsPhase
    .run({ body, lang: 'en', terms })
    .flags.map((flag) => [flag.category, flag.reason, flag.evidence]);

test('matches regardless of case and spacing, with the original text as evidence', () => {
  expect(found('I will KILL  you.')).toEqual([['threat', 'threat', 'KILL  you']]);
  expect(found('We will Hunt\nYou\tDown')).toEqual([['threat', 'threat', 'Hunt\nYou\tDown']]);
});

test('matches full-width letters and curly apostrophes through NFKC normalisation', () => {
  expect(found('ｙｏｕ ｉｄｉｏｔ')).toEqual([
    ['personal-attack', 'personal attack', 'ｙｏｕ ｉｄｉｏｔ'],
  ]);
  expect(found('You’re stupid')).toEqual([['personal-attack', 'personal attack', 'You’re stupid']]);
});

test('abuse flags name the sub-list, and a term in two lists is flagged for both', () => {
  expect(found('Women belong in the kitchen')).toEqual([
    ['abuse', 'sexism', 'Women belong in the kitchen'],
  ]);
  expect(found('They are SUBHUMAN')).toEqual([
    ['abuse', 'racism', 'SUBHUMAN'],
    ['abuse', 'xenophobia', 'SUBHUMAN'],
  ]);
});

test('every occurrence is reported', () => {
  expect(found('you idiot, yes you idiot')).toEqual([
    ['personal-attack', 'personal attack', 'you idiot'],
    ['personal-attack', 'personal attack', 'you idiot'],
  ]);
});

test('evidence stays exact when earlier text changes length when normalised', () => {
  // "ﬁ" (one character) becomes "fi" (two) under NFKC.
  expect(found('ﬁne, you idiot')).toEqual([['personal-attack', 'personal attack', 'you idiot']]);
});

test.each([
  'The class was about assets and bass.',
  'The kill yourself campaign? No: he said skill you can learn.',
  'You idiots is not the same phrase as the one listed.',
  'يجب أن نعود إلى بلدنا',
  'ئەو هەڵبژاردنە گرنگ بوو',
])('no flag for %j', (body) => {
  expect(found(body)).toEqual([]);
});

test('empty lists flag nothing', () => {
  expect(abuseTermsPhase.run({ body: 'kill you', lang: 'en', terms: catalog({}) })).toEqual({
    flags: [],
  });
});
