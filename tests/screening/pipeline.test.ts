import { expect, test } from 'vitest';
import { screenComment } from '@/lib/screening';
import { phases } from '@/lib/screening/phases';
import { termListsSchema } from '@/lib/screening/terms';
import type { Phase, ScreeningContext } from '@/lib/screening/types';

const now = Date.UTC(2025, 3, 26, 12);

function context(body: string, overrides: Partial<ScreeningContext> = {}): ScreeningContext {
  return {
    body,
    lang: 'en',
    authorName: 'Reader',
    now,
    recent: [],
    terms: {
      shared: termListsSchema.parse({
        'personal-attack': ['you idiot'],
        banned: [{ term: 'buy followers', category: 'promotion' }],
      }),
      byLanguage: {},
    },
    ...overrides,
  };
}

test('phases run in order: banned terms first, repeated last', () => {
  expect(phases.map((phase) => phase.name)).toEqual([
    'banned-terms',
    'promotion',
    'profanity',
    'abuse-terms',
    'shouting',
    'repeated',
  ]);
});

test('a clean comment has no flags and is not rejected', () => {
  expect(screenComment(context('Thank you for this report from Erbil.'))).toEqual({ flags: [] });
});

test('flags from every phase are merged in phase order', () => {
  const body = 'YOU IDIOT, THIS SHIT IS ON EXAMPLE.COM';
  const recent = [{ body, createdAt: now - 1000 }];
  const verdict = screenComment(context(body, { recent }));
  expect(verdict.reject).toBeUndefined();
  expect(verdict.flags.map((flag) => [flag.phase, flag.category, flag.evidence])).toEqual([
    ['promotion', 'promotion', 'EXAMPLE.COM'],
    ['profanity', 'profanity', 'SHIT'],
    ['abuse-terms', 'personal-attack', 'YOU IDIOT'],
    ['shouting', 'shouting', body],
    ['repeated', 'repeated', body],
  ]);
});

test('a banned term rejects, and the other phases still report', () => {
  const verdict = screenComment(context('buy followers at example.com'));
  expect(verdict.reject).toEqual({ category: 'promotion', evidence: 'buy followers' });
  expect(verdict.flags.map((flag) => flag.category)).toEqual(['banned', 'promotion']);
});

test('identical flags are kept once; the first rejection wins', () => {
  const flag = { phase: 'a', category: 'abuse', evidence: 'x', reason: 'racism' } as const;
  const list: Phase[] = [
    { name: 'a', run: () => ({ flags: [flag, flag] }) },
    { name: 'b', run: () => ({ flags: [], reject: { category: 'threat', evidence: 'y' } }) },
    {
      name: 'c',
      run: () => ({
        flags: [
          { ...flag, phase: 'c' },
          { ...flag, reason: 'xenophobia' },
        ],
        reject: { category: 'other', evidence: 'z' },
      }),
    },
  ];
  expect(screenComment(context('x'), list)).toEqual({
    flags: [flag, { ...flag, reason: 'xenophobia' }],
    reject: { category: 'threat', evidence: 'y' },
  });
});

test('a repeated link keeps both its link flag and its repetition flag', () => {
  const verdict = screenComment(context('example.com example.com'));
  expect(verdict.flags.map((flag) => flag.reason)).toEqual(['link', 'same link repeated 2 times']);
});
