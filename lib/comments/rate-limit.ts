// Posting limits per client and per email. Pure: the times of the author's recent comments and
// the clock come in, the wait in seconds goes out (0: go ahead).

export type RateLimits = {
  /** Minimum time between two comments; 0 turns the rule off. */
  minIntervalMs: number;
  /** Most comments in any hour; 0 turns the rule off. */
  hourlyLimit: number;
};

const hourMs = 60 * 60 * 1000;

export function rateLimitWaitSeconds(
  recent: readonly number[],
  now: number,
  limits: RateLimits,
): number {
  const times = recent.filter((time) => time > now - hourMs && time <= now).sort((a, b) => b - a);
  let waitMs = 0;
  const latest = times[0];
  if (limits.minIntervalMs > 0 && latest !== undefined) {
    waitMs = Math.max(waitMs, latest + limits.minIntervalMs - now);
  }
  if (limits.hourlyLimit > 0 && times.length >= limits.hourlyLimit) {
    // The wait ends when enough of the hour's comments have aged out of the window.
    const freeing = times[limits.hourlyLimit - 1] ?? now;
    waitMs = Math.max(waitMs, freeing + hourMs - now);
  }
  return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
}
