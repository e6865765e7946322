import { expect, test } from 'vitest';
import { consoleMessages, getMessages } from '@/lib/messages';
import { pluralFor } from '@/lib/messages/plural';

test('the form is picked by the language’s plural rules, falling back to other', () => {
  const english = pluralFor('en');
  expect([0, 1, 2, 1.5].map((n) => english(n, { one: 'one', other: 'other' }))).toEqual([
    'other',
    'one',
    'other',
    'other',
  ]);
  const arabic = pluralFor('ar');
  const forms = { zero: 'zero', one: 'one', two: 'two', few: 'few', many: 'many', other: 'other' };
  expect([0, 1, 2, 3, 10, 11, 99, 100, 102].map((n) => arabic(n, forms))).toEqual([
    'zero',
    'one',
    'two',
    'few',
    'few',
    'many',
    'many',
    'other',
    'other',
  ]);
  expect(arabic(2, { other: 'other' })).toBe('other');
});

test('English counts read as they always have', () => {
  const en = getMessages('en');
  expect([0, 1, 2].map((n) => en.search.resultCount(n, 'oil'))).toEqual([
    '0 results for “oil”',
    '1 result for “oil”',
    '2 results for “oil”',
  ]);
  expect([1, 2, 60, 61, 3600].map((seconds) => en.tooQuickly(seconds))).toEqual([
    'You are posting too quickly. Please try again in 1 second.',
    'You are posting too quickly. Please try again in 2 seconds.',
    'You are posting too quickly. Please try again in about 1 minute.',
    'You are posting too quickly. Please try again in about 2 minutes.',
    'You are posting too quickly. Please try again in about 60 minutes.',
  ]);
  expect([1, 3].map((n) => consoleMessages.done(n, 'approved'))).toEqual([
    '1 comment approved.',
    '3 comments approved.',
  ]);
  expect([1, 2].map((n) => consoleMessages.alreadyDecided(n))).toEqual([
    'One comment was already decided by another moderator and left as they were.',
    '2 comments were already decided by another moderator and left as they were.',
  ]);
  expect([1, 2].map((n) => consoleMessages.reports(n))).toEqual([
    'Reported by 1 reader',
    'Reported by 2 readers',
  ]);
});

test('Arabic changes the noun with the count', () => {
  const ar = getMessages('ar');
  expect([0, 1, 2, 3, 11, 100].map((n) => ar.search.resultCount(n, 'x'))).toEqual([
    'لا توجد نتائج عن «x»',
    'نتيجة واحدة عن «x»',
    'نتيجتان عن «x»',
    '٣ نتائج عن «x»',
    '١١ نتيجة عن «x»',
    '١٠٠ نتيجة عن «x»',
  ]);
});

test.each(['ckb', 'kmr', 'tr'])('%s keeps the noun singular after any number', (lang) => {
  const messages = getMessages(lang);
  const withoutDigits = (text: string) => text.replace(/[0-9٠-٩]+/g, '#');
  const one = messages.search.resultCount(1, 'x');
  expect(one).toMatch(/[1١]/);
  for (const count of [2, 11, 100])
    expect(withoutDigits(messages.search.resultCount(count, 'x'))).toBe(withoutDigits(one));
});
