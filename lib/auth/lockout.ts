// How long sign-in waits after failures. Pure: the failures and the clock come in, the wait goes
// out. The hard lock is per (username, client), so an attacker can lock only themselves out of
// an account, never its moderator; the per-username rule only slows clients that have failed
// recently, so the right password from a clean client always gets through.

type GrowingLock = {
  /** Failures allowed before the first lock. */
  freeFailures: number;
  /** The first lock; each further failure doubles it, up to maxLockMs. */
  firstLockMs: number;
  maxLockMs: number;
};

const minute = 60 * 1000;

export const signInPolicy = {
  /** Failures older than this are forgotten, and pruned from the store. */
  windowMs: 24 * 60 * minute,
  /** One username tried from one client. */
  pair: { freeFailures: 5, firstLockMs: minute, maxLockMs: 60 * minute },
  /** One client trying many usernames. */
  client: { freeFailures: 20, firstLockMs: minute, maxLockMs: 60 * minute },
  /** Many clients trying one username: applies only to clients with a failure this recent. */
  username: { freeFailures: 10, firstLockMs: 30 * 1000, maxLockMs: 15 * minute },
  recentClientFailureMs: 15 * minute,
} as const;

export type SignInPolicy = typeof signInPolicy;

export type SignInKeys = { pair: string; client: string; username: string };

/** The failure keys of one attempt; usernames compare case-insensitively, like the accounts. */
export function signInKeys(username: string, clientHash: string): SignInKeys {
  const name = username.toLowerCase();
  return {
    pair: `pair:${clientHash}:${name}`,
    client: `client:${clientHash}`,
    username: `user:${name}`,
  };
}

/** Seconds until a lock ends, or 0. `failures` are failure times, any order. */
export function lockoutSeconds(
  failures: readonly number[],
  now: number,
  lock: GrowingLock,
  windowMs: number = signInPolicy.windowMs,
): number {
  const recent = failures.filter((time) => now - time < windowMs);
  if (recent.length < lock.freeFailures) return 0;
  const latest = Math.max(...recent);
  // The exponent is capped so that a long history cannot overflow to Infinity.
  const doublings = Math.min(recent.length - lock.freeFailures, 30);
  const lockMs = Math.min(lock.firstLockMs * 2 ** doublings, lock.maxLockMs);
  return Math.max(0, Math.ceil((latest + lockMs - now) / 1000));
}

/** Seconds the attempt must wait, given the recent failures of each of its keys. */
export function signInWaitSeconds(
  failures: Record<keyof SignInKeys, readonly number[]>,
  now: number,
  policy: SignInPolicy = signInPolicy,
): number {
  const hard = Math.max(
    lockoutSeconds(failures.pair, now, policy.pair, policy.windowMs),
    lockoutSeconds(failures.client, now, policy.client, policy.windowMs),
  );
  const clientFailedRecently = failures.client.some(
    (time) => now - time < policy.recentClientFailureMs,
  );
  if (!clientFailedRecently) return hard;
  return Math.max(hard, lockoutSeconds(failures.username, now, policy.username, policy.windowMs));
}
