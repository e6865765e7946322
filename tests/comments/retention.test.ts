import { expect, test } from 'vitest';
import { createRetention, purgeIntervalMs } from '@/lib/comments/retention';

test('the purge runs at once, then at most once per hour', async () => {
  const runs: [number, number][] = [];
  const retention = createRetention(
    {
      purgeExpired: async (now, days) => {
        runs.push([now, days]);
        return { comments: 0, reports: 0 };
      },
    },
    90,
  );
  expect(await retention.purgeIfDue(1_000)).toBe(true);
  expect(await retention.purgeIfDue(1_000 + purgeIntervalMs - 1)).toBe(false);
  expect(await retention.purgeIfDue(1_000 + purgeIntervalMs)).toBe(true);
  expect(runs).toEqual([
    [1_000, 90],
    [1_000 + purgeIntervalMs, 90],
  ]);
});
