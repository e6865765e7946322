import { expect, test } from 'vitest';
import { lockoutSeconds } from '@/lib/auth/lockout';

const now = 100_000_000;
const minute = 60_000;

test('four failures do not lock; the fifth locks for 15 minutes from the last', () => {
  const four = [1, 2, 3, 4].map((i) => now - i * minute);
  expect(lockoutSeconds(four, now)).toBe(0);
  expect(lockoutSeconds([...four, now], now)).toBe(900);
  expect(lockoutSeconds([...four, now], now + 10 * minute)).toBe(300);
  expect(lockoutSeconds([...four, now], now + 15 * minute)).toBe(0);
});

test('failures older than the window are forgotten', () => {
  const old = [1, 2, 3, 4, 5].map((i) => now - 15 * minute - i);
  expect(lockoutSeconds(old, now)).toBe(0);
});
