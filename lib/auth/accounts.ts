import 'server-only';
import * as z from 'zod';
import { usernamePattern } from '../text/patterns';
import { hashPassword, passwordProblem } from './passwords';
import type { AuthStore, Moderator } from './store';

/** Usernames of moderators: for the setup form and `npm run moderator`. */
export const usernameSchema = z.string().regex(usernamePattern);

type Refused = { outcome: 'bad-password'; problem: string } | { outcome: 'unknown' };

// Managing accounts from the command line. Each operation that changes who can get in also
// ends the sessions that should not outlive the change.

export async function addModerator(
  store: AuthStore,
  account: { username: string; password: string; now: number },
): Promise<{ outcome: 'created'; moderator: Moderator } | { outcome: 'taken' } | Refused> {
  const problem = passwordProblem(account.password);
  if (problem) return { outcome: 'bad-password', problem };
  const moderator = await store.createModerator({
    username: account.username,
    passwordHash: await hashPassword(account.password),
    now: account.now,
  });
  return moderator ? { outcome: 'created', moderator } : { outcome: 'taken' };
}

/** A new password ends every session: whoever knew the old one is signed out. */
export async function resetPassword(
  store: AuthStore,
  account: { username: string; password: string },
): Promise<{ outcome: 'reset'; endedSessions: number } | Refused> {
  const moderator = await store.findModerator(account.username);
  if (!moderator) return { outcome: 'unknown' };
  const problem = passwordProblem(account.password);
  if (problem) return { outcome: 'bad-password', problem };
  await store.setPasswordHash(moderator.id, await hashPassword(account.password));
  return { outcome: 'reset', endedSessions: await store.deleteSessionsOf(moderator.id) };
}

/** Refuses to remove the last moderator: nobody could then moderate or add anyone. */
export async function removeModerator(
  store: AuthStore,
  username: string,
  now: number,
): Promise<'removed' | 'last' | 'unknown'> {
  const moderator = await store.findModerator(username);
  if (!moderator) return 'unknown';
  return store.removeModerator(moderator.id, now);
}

export async function signOutEverywhere(
  store: AuthStore,
  username: string,
): Promise<{ outcome: 'signed-out'; endedSessions: number } | { outcome: 'unknown' }> {
  const moderator = await store.findModerator(username);
  if (!moderator) return { outcome: 'unknown' };
  return { outcome: 'signed-out', endedSessions: await store.deleteSessionsOf(moderator.id) };
}
