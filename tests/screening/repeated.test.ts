import { expect, test } from 'vitest';
import { repeatedPhase } from '@/lib/screening/phases/repeated';

const now = Date.UTC(2025, 3, 26, 12);
const hours = (n: number) => n * 60 * 60 * 1000;

test('the same text within 24 hours is flagged with the count, ignoring spacing and case', () => {
  const recent = [
    { body: 'Great  article!', createdAt: now - hours(2) },
    { body: '  GREAT ARTICLE! ', createdAt: now - hours(23) },
    { body: 'Something else', createdAt: now - hours(1) },
  ];
  expect(repeatedPhase.run({ body: 'great article!\n', recent, now }).flags).toEqual([
    {
      phase: 'repeated',
      category: 'repeated',
      evidence: 'great article!',
      reason: 'same text posted 3 times in 24 hours',
    },
  ]);
});

test('a copy exactly 24 hours old still counts, one 25 hours old does not', () => {
  const run = (age: number) =>
    repeatedPhase.run({
      body: 'Buy now',
      recent: [{ body: 'Buy now', createdAt: now - age }],
      now,
    });
  expect(run(hours(24)).flags).toHaveLength(1);
  expect(run(hours(25)).flags).toEqual([]);
});

test('no flag for a first comment, different text, or an empty body', () => {
  expect(repeatedPhase.run({ body: 'Hello', recent: [], now }).flags).toEqual([]);
  const recent = [{ body: 'Hello there', createdAt: now - hours(1) }];
  expect(repeatedPhase.run({ body: 'Hello', recent, now }).flags).toEqual([]);
  expect(
    repeatedPhase.run({ body: '  ', recent: [{ body: '', createdAt: now }], now }).flags,
  ).toEqual([]);
});
