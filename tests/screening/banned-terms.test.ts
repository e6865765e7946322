import { expect, test } from 'vitest';
import { bannedTermsPhase } from '@/lib/screening/phases/banned-terms';
import { termListsSchema } from '@/lib/screening/terms';

const terms = catalog({
  banned: [
    { term: 'buy followers', category: 'promotion' },
    { term: 'die scum', category: 'threat' },
  ],
});

function catalog(shared: unknown) {
  return { shared: termListsSchema.parse(shared), byLanguage: {} };
}

test('a banned term is flagged and rejects with its category', () => {
  expect(bannedTermsPhase.run({ lang: 'en', body: 'Cheap! BUY  followers here', terms })).toEqual({
    flags: [
      {
        phase: 'banned-terms',
        category: 'banned',
        evidence: 'BUY  followers',
        reason: 'banned term (promotion)',
      },
    ],
    reject: { category: 'promotion', evidence: 'BUY  followers' },
  });
});

test('every banned term is flagged; the first category listed decides the rejection', () => {
  const result = bannedTermsPhase.run({ lang: 'en', body: 'die scum, and buy followers', terms });
  expect(result.flags.map((flag) => flag.evidence)).toEqual(['buy followers', 'die scum']);
  expect(result.reject).toEqual({ category: 'promotion', evidence: 'buy followers' });
});

test('no flag or rejection without a whole-word match, or with the default empty list', () => {
  expect(bannedTermsPhase.run({ lang: 'en', body: 'Buy followership books', terms })).toEqual({
    flags: [],
  });
  expect(bannedTermsPhase.run({ lang: 'en', body: 'buy followers', terms: catalog({}) })).toEqual({
    flags: [],
  });
});
