import 'server-only';
import { lockoutPolicy, lockoutSeconds } from './lockout';
import { hashPassword, verifyPassword } from './passwords';
import type { AuthStore, Moderator } from './store';

export type SignInResult =
  | { outcome: 'signed-in'; moderator: Moderator }
  | { outcome: 'invalid' }
  | { outcome: 'locked'; retryAfterSeconds: number };

// Compared against when the username does not exist, so a wrong username takes as long as a
// wrong password and response times do not reveal which accounts exist.
let decoyHash: Promise<string> | undefined;

/** Checks a username and password, with the lockout applied per username and per client. */
export async function signIn(
  store: AuthStore,
  attempt: { username: string; password: string; clientHash: string; now: number },
): Promise<SignInResult> {
  const keys = [`user:${attempt.username.toLowerCase()}`, `client:${attempt.clientHash}`];
  const since = attempt.now - lockoutPolicy.windowMs;
  const waits = await Promise.all(
    keys.map(async (key) => lockoutSeconds(await store.listLoginFailures(key, since), attempt.now)),
  );
  const wait = Math.max(...waits);
  if (wait > 0) return { outcome: 'locked', retryAfterSeconds: wait };

  const account = await store.findModeratorForSignIn(attempt.username);
  decoyHash ??= hashPassword('decoy password for unknown usernames');
  const valid = await verifyPassword(attempt.password, account?.passwordHash ?? (await decoyHash));
  if (!account || !valid) {
    await store.recordLoginFailure(keys, attempt.now);
    return { outcome: 'invalid' };
  }
  await store.clearLoginFailures(keys[0] ?? '');
  return {
    outcome: 'signed-in',
    moderator: { id: account.id, username: account.username, createdAt: account.createdAt },
  };
}
