import 'server-only';
import { signInKeys, signInPolicy, signInWaitSeconds } from './lockout';
import { hashPassword, needsRehash, verifyPassword } from './passwords';
import { passwordHashingSlots, type Semaphore } from './semaphore';
import type { AuthStore, Moderator } from './store';

export type SignInResult =
  | { outcome: 'signed-in'; moderator: Moderator }
  | { outcome: 'invalid' }
  | { outcome: 'locked'; retryAfterSeconds: number }
  /** Too many passwords are being checked right now; nothing was checked or counted. */
  | { outcome: 'busy' };

/** What sign-in needs to check passwords; tests pass their own to count or slow the checks. */
export type PasswordChecks = {
  verify: (password: string, stored: string) => Promise<boolean>;
  hash: (password: string) => Promise<string>;
  needsRehash: (stored: string) => boolean;
  slots: Semaphore;
};

export const defaultPasswordChecks: PasswordChecks = {
  verify: verifyPassword,
  hash: hashPassword,
  needsRehash,
  slots: passwordHashingSlots,
};

// Compared against when the username does not exist, so a wrong username takes as long as a
// wrong password and response times do not reveal which accounts exist.
let decoyHash: Promise<string> | undefined;

/**
 * Checks a username and password. The attempt is counted (as a failure until it succeeds)
 * before the password is checked, in the same step that decides whether it may run at all.
 */
export async function signIn(
  store: AuthStore,
  attempt: { username: string; password: string; clientHash: string; now: number },
  passwords: PasswordChecks = defaultPasswordChecks,
): Promise<SignInResult> {
  const keys = signInKeys(attempt.username, attempt.clientHash);
  const begun = await store.beginSignInAttempt({
    keys: [keys.pair, keys.client, keys.username],
    now: attempt.now,
    forgetBefore: attempt.now - signInPolicy.windowMs,
    decide: (failuresOf) =>
      signInWaitSeconds(
        {
          pair: failuresOf(keys.pair),
          client: failuresOf(keys.client),
          username: failuresOf(keys.username),
        },
        attempt.now,
      ),
  });
  if (begun.outcome === 'locked') return begun;

  const account = await store.findModeratorForSignIn(attempt.username);
  const checked = await passwords.slots.run(async () => {
    decoyHash ??= hashPassword('decoy password for unknown usernames');
    return passwords.verify(attempt.password, account?.passwordHash ?? (await decoyHash));
  });
  if (!checked.ok) {
    // Not checked, so not a failure: a flood of requests must not lock out honest attempts.
    await store.cancelSignInAttempt(begun.attemptId);
    return { outcome: 'busy' };
  }
  if (!account || !checked.value) return { outcome: 'invalid' };

  await store.cancelSignInAttempt(begun.attemptId, [keys.pair, keys.client]);
  if (passwords.needsRehash(account.passwordHash)) {
    // Best effort: when the server is busy the old hash still works, and is upgraded next time.
    const rehashed = await passwords.slots.run(() => passwords.hash(attempt.password));
    if (rehashed.ok) await store.setPasswordHash(account.id, rehashed.value);
  }
  return {
    outcome: 'signed-in',
    moderator: { id: account.id, username: account.username, createdAt: account.createdAt },
  };
}
