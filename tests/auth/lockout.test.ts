import { expect, test } from 'vitest';
import { lockoutSeconds, signInPolicy, signInWaitSeconds } from '@/lib/auth/lockout';

const now = 100_000_000;
const minute = 60_000;
const times = (count: number, latest = now) =>
  Array.from({ length: count }, (_, i) => latest - i * 1000);

test('five failures lock for a minute from the last, doubling with each further failure to a cap', () => {
  const lock = signInPolicy.pair;
  expect(lockoutSeconds(times(4), now, lock)).toBe(0);
  expect(lockoutSeconds(times(5), now, lock)).toBe(60);
  expect(lockoutSeconds(times(5), now + 40_000, lock)).toBe(20);
  expect(lockoutSeconds(times(5), now + minute, lock)).toBe(0);
  expect(lockoutSeconds(times(6), now, lock)).toBe(120);
  expect(lockoutSeconds(times(8), now, lock)).toBe(480);
  expect(lockoutSeconds(times(50), now, lock)).toBe(3600);
  expect(lockoutSeconds(times(5000), now, lock)).toBe(3600);
});

test('failures older than the window are forgotten', () => {
  const old = times(30, now - signInPolicy.windowMs);
  expect(lockoutSeconds(old, now, signInPolicy.pair)).toBe(0);
});

test('many failures for a username slow only clients that failed recently', () => {
  const username = times(40);
  const clean = { pair: [], client: [], username };
  expect(signInWaitSeconds(clean, now + 1)).toBe(0);
  const failedOnce = { pair: [], client: [now - 5 * minute], username };
  expect(signInWaitSeconds(failedOnce, now + 1)).toBeGreaterThan(0);
  const failedLongAgo = { pair: [], client: [now - 16 * minute], username };
  expect(signInWaitSeconds(failedLongAgo, now + 1)).toBe(0);
});

test('a client trying many usernames is locked for all of them', () => {
  expect(signInWaitSeconds({ pair: [], client: times(19), username: [] }, now)).toBe(0);
  expect(signInWaitSeconds({ pair: [], client: times(20), username: [] }, now)).toBe(60);
});
