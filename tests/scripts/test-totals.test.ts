import { describe, expect, test } from 'vitest';
import { playwrightTotals, vitestTotals } from '@/scripts/test-totals.mjs';

// npm test's totals: every way a stage can fail is counted as a failure, never as a pass.

const vitest = (fields: Partial<Parameters<typeof vitestTotals>[0] & object> = {}) => ({
  numPassedTests: 10,
  numFailedTests: 0,
  numPendingTests: 0,
  numTodoTests: 0,
  numTotalTests: 10,
  success: true,
  ...fields,
});

describe('unit test totals', () => {
  test('a clean run counts its tests', () => {
    expect(vitestTotals(vitest(), true)).toEqual({ passed: 10, failed: 0, skipped: 0 });
  });

  test('failing tests count one each', () => {
    expect(
      vitestTotals(vitest({ numPassedTests: 8, numFailedTests: 2, success: false }), false),
    ).toEqual({ passed: 8, failed: 2, skipped: 0 });
  });

  test('an unhandled error with every test passing is still a failure', () => {
    expect(vitestTotals(vitest({ success: false }), false)).toEqual({
      passed: 10,
      failed: 1,
      skipped: 0,
    });
    // Even if the report claimed success, a non-zero exit is a failure.
    expect(vitestTotals(vitest(), false).failed).toBe(1);
  });

  test('no report, or no tests at all, is a failure', () => {
    expect(vitestTotals(undefined, true)).toEqual({ passed: 0, failed: 1, skipped: 0 });
    expect(
      vitestTotals(vitest({ numPassedTests: 0, numTotalTests: 0 }), true).failed,
    ).toBeGreaterThan(0);
  });

  test('skipped and todo tests are reported as skipped', () => {
    expect(vitestTotals(vitest({ numPendingTests: 2, numTodoTests: 1 }), true).skipped).toBe(3);
  });
});

const playwright = (
  stats: Partial<{ expected: number; unexpected: number; flaky: number; skipped: number }> = {},
  errors: unknown[] = [],
) => ({
  stats: { expected: 20, unexpected: 0, flaky: 0, skipped: 0, ...stats },
  errors,
});

describe('end-to-end totals', () => {
  test('a clean run counts its tests', () => {
    expect(playwrightTotals(playwright(), true)).toEqual({ passed: 20, failed: 0, skipped: 0 });
  });

  test('a test that passed only on a retry counts as failed', () => {
    expect(playwrightTotals(playwright({ expected: 19, flaky: 1 }), false).failed).toBe(1);
  });

  test('tests that did not run after a failure are reported as skipped', () => {
    expect(
      playwrightTotals(playwright({ expected: 16, unexpected: 1, skipped: 3 }), false),
    ).toEqual({ passed: 16, failed: 1, skipped: 3 });
  });

  test('an error outside any test (a stray .only, a crashed server) fails the stage', () => {
    expect(
      playwrightTotals(playwright({}, [{ message: 'test.only is not allowed' }]), false).failed,
    ).toBe(1);
    expect(playwrightTotals(playwright(), false).failed).toBe(1);
  });

  test('no report, or no tests at all, is a failure', () => {
    expect(playwrightTotals(undefined, true).failed).toBe(1);
    expect(playwrightTotals({}, true).failed).toBe(1);
    expect(playwrightTotals(playwright({ expected: 0 }), true).failed).toBe(1);
  });
});
