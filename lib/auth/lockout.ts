// After too many failed sign-ins for one username or one client, sign-in waits. Pure: the
// failures and the clock come in, the wait goes out.

export const lockoutPolicy = {
  maxFailures: 5,
  /** Failures older than this are forgotten. */
  windowMs: 15 * 60 * 1000,
  /** How long sign-in stays locked after the last of maxFailures failures. */
  lockMs: 15 * 60 * 1000,
} as const;

/** Seconds until sign-in may be tried again, or 0. `failures` are failure times, any order. */
export function lockoutSeconds(
  failures: readonly number[],
  now: number,
  policy = lockoutPolicy,
): number {
  const recent = failures.filter((time) => now - time < policy.windowMs).sort((a, b) => b - a);
  if (recent.length < policy.maxFailures) return 0;
  const latest = recent[0] ?? now;
  return Math.max(0, Math.ceil((latest + policy.lockMs - now) / 1000));
}
