// Types for test-totals.mjs (plain JavaScript, run by npm test without a compiler).
export type Totals = { passed: number; failed: number; skipped: number };
export type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numTotalTests: number;
  success: boolean;
};
export type PlaywrightReport = {
  stats?: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors?: unknown[];
};
export function vitestTotals(report: VitestReport | undefined, exitedOk: boolean): Totals;
export function playwrightTotals(report: PlaywrightReport | undefined, exitedOk: boolean): Totals;
