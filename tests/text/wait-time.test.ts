import { expect, test } from 'vitest';
import { getMessages } from '@/lib/messages';
import { roundWait } from '@/lib/text/wait-time';

test.each([
  [0.2, { unit: 'second', count: 1, approximate: false }],
  [1, { unit: 'second', count: 1, approximate: false }],
  [15, { unit: 'second', count: 15, approximate: false }],
  [59, { unit: 'second', count: 59, approximate: false }],
  [60, { unit: 'minute', count: 1, approximate: true }],
  [61, { unit: 'minute', count: 2, approximate: true }],
  [3280, { unit: 'minute', count: 55, approximate: true }],
  [89 * 60, { unit: 'minute', count: 89, approximate: true }],
  [90 * 60, { unit: 'hour', count: 2, approximate: true }],
  [7200, { unit: 'hour', count: 2, approximate: true }],
  [26 * 3600 + 100, { unit: 'hour', count: 26, approximate: true }],
])('a wait of %s seconds is %o', (seconds, expected) => {
  expect(roundWait(seconds)).toEqual(expected);
});

test('a wait is never rounded down below what the reader must wait, up to an hour and a half', () => {
  for (let seconds = 1; seconds < 90 * 60; seconds += 7) {
    const { unit, count } = roundWait(seconds);
    expect(count * (unit === 'second' ? 1 : 60)).toBeGreaterThanOrEqual(seconds);
  }
});

test.each([
  [3280, 'You are posting too quickly. Please try again in about 55 minutes.'],
  [15, 'You are posting too quickly. Please try again in 15 seconds.'],
  [1, 'You are posting too quickly. Please try again in 1 second.'],
  [60, 'You are posting too quickly. Please try again in about 1 minute.'],
  [7000, 'You are posting too quickly. Please try again in about 2 hours.'],
  [3600 * 3, 'You are posting too quickly. Please try again in about 3 hours.'],
])('the rate-limit message for %s seconds reads as a person would say it', (seconds, text) => {
  expect(getMessages().tooQuickly(seconds)).toBe(text);
});
