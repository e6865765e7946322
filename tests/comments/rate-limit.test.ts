import { expect, test } from 'vitest';
import { rateLimitWaitSeconds } from '@/lib/comments/rate-limit';

const limits = { minIntervalMs: 15_000, hourlyLimit: 10 };
const now = 10_000_000;

test('a first comment goes through', () => {
  expect(rateLimitWaitSeconds([], now, limits)).toBe(0);
});

test('at most one comment per 15 seconds', () => {
  expect(rateLimitWaitSeconds([now - 5_000], now, limits)).toBe(10);
  expect(rateLimitWaitSeconds([now - 14_001], now, limits)).toBe(1);
  expect(rateLimitWaitSeconds([now - 15_000], now, limits)).toBe(0);
});

test('at most 10 per hour, with the wait until the oldest counted one ages out', () => {
  const ten = Array.from({ length: 10 }, (_, i) => now - 3_000_000 + i * 60_000);
  // The oldest is 3,000 s ago: the hour frees up in 600 s.
  expect(rateLimitWaitSeconds(ten, now, limits)).toBe(600);
  expect(rateLimitWaitSeconds(ten.slice(1), now, limits)).toBe(0);
  expect(rateLimitWaitSeconds(ten, now + 600_000, limits)).toBe(0);
});

test('older comments do not count; 0 turns a rule off', () => {
  expect(rateLimitWaitSeconds([now - 3_600_001], now, limits)).toBe(0);
  expect(rateLimitWaitSeconds([now - 1_000], now, { minIntervalMs: 0, hourlyLimit: 0 })).toBe(0);
});
