// How `npm test` (scripts/test.mjs) turns each stage's report and exit status into counts. Kept
// apart, and pure, so tests can show that no way of failing is counted as a pass.

/**
 * @typedef {{ passed: number, failed: number, skipped: number }} Totals
 * @typedef {{ numPassedTests: number, numFailedTests: number, numPendingTests: number,
 *   numTodoTests: number, numTotalTests: number, success: boolean }} VitestReport
 * @typedef {{ stats?: { expected: number, unexpected: number, flaky: number, skipped: number },
 *   errors?: unknown[] }} PlaywrightReport
 */

/**
 * @param {VitestReport | undefined} report vitest's JSON report, if it wrote one
 * @param {boolean} exitedOk whether `vitest run` exited 0
 * @returns {Totals}
 */
export function vitestTotals(report, exitedOk) {
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  let failed = report.numFailedTests;
  // Vitest failed with every test passing (an unhandled error, a file that did not load): the
  // stage itself is a failure.
  if ((!exitedOk || !report.success) && report.numFailedTests === 0) failed += 1;
  // Nothing ran: a broken configuration, not a pass.
  if (report.numTotalTests === 0) failed += 1;
  return {
    passed: report.numPassedTests,
    failed,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

/**
 * @param {PlaywrightReport | undefined} report Playwright's JSON report, if it wrote one
 * @param {boolean} exitedOk whether `playwright test` exited 0
 * @returns {Totals}
 */
export function playwrightTotals(report, exitedOk) {
  const stats = report?.stats;
  if (!stats) return { passed: 0, failed: 1, skipped: 0 };
  // Retries are off, so nothing should be flaky; a test that passed on a second try still
  // failed once, and counts so.
  let failed = stats.unexpected + stats.flaky;
  // Errors outside tests (a crashed web server, a stray test.only) fail the stage.
  if (report.errors?.length) failed += 1;
  else if (!exitedOk && failed === 0) failed += 1;
  if (stats.expected + stats.unexpected + stats.flaky === 0) failed += 1;
  // Skipped: marked skip, or not run because a test they depend on failed.
  return { passed: stats.expected, failed, skipped: stats.skipped };
}
