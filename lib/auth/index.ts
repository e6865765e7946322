import 'server-only';
import { getServerSecret, hashClient } from './secret';
import { endSession, findSessionModerator, startSession } from './sessions';
import {
  checkSetupToken,
  issueSetupToken,
  setUpFirstModerator,
  type SetupTokenState,
} from './setup';
import { signIn, type SignInResult } from './sign-in';
import { getAuthStore } from './site-store';
import type { Moderator } from './store';

export type { AuthStore, Moderator } from './store';
export type { SignInResult } from './sign-in';
export type { SetupTokenState } from './setup';
export { hashPassword, passwordProblem, minimumPasswordLength } from './passwords';
export { sessionCookieName, sessionCookieOptions } from './sessions';
export { getServerSecret } from './secret';
export { createSqliteAuthStore } from './sqlite';
export { getAuthStore } from './site-store';
// The operator's account commands (scripts/moderator.ts), each on a store it is given.
export {
  addModerator,
  removeModerator,
  resetPassword,
  signOutEverywhere,
  usernameSchema,
} from './accounts';

// The site's moderator accounts and sessions, for the edge (pages, actions, proxy.ts): each
// function below works on the site's own store. The store-taking functions they call (in
// sign-in.ts, sessions.ts, setup.ts) are for tests and scripts/moderator.ts.

/** A client key (lib/request/context's getClientKey) as it is stored and compared: hashed with the server secret. */
export async function hashClientKey(clientKey: string): Promise<string> {
  return hashClient(clientKey, await getServerSecret(getAuthStore()));
}

/** Checks a username and password from the sign-in form, within the lockout rules. */
export async function signInModerator(attempt: {
  username: string;
  password: string;
  clientKey: string;
}): Promise<SignInResult> {
  return signIn(getAuthStore(), {
    username: attempt.username,
    password: attempt.password,
    clientHash: await hashClientKey(attempt.clientKey),
    now: Date.now(),
  });
}

/** A new session for the moderator: its id goes in the session cookie. */
export function startModeratorSession(moderatorId: number) {
  return startSession(getAuthStore(), moderatorId, Date.now());
}

export function endModeratorSession(sessionId: string | undefined): Promise<void> {
  return endSession(getAuthStore(), sessionId);
}

/** The moderator whose live session this is, or undefined (none, unknown, ended or expired). */
export function findModeratorOfSession(
  sessionId: string | undefined,
  now: number,
): Promise<Moderator | undefined> {
  return findSessionModerator(getAuthStore(), sessionId, now);
}

/** Whether a first-account setup link still works. */
/** A fresh one-time setup token while no moderator exists (undefined once one does). */
export function issueSetupLinkToken(): Promise<string | undefined> {
  return issueSetupToken(getAuthStore(), Date.now());
}

export function checkSetupLink(token: string): Promise<SetupTokenState> {
  return checkSetupToken(getAuthStore(), token, Date.now());
}

/** Creates the first moderator from the setup link's form. */
export function setUpFirstModeratorAccount(account: {
  username: string;
  password: string;
  token: string;
}) {
  return setUpFirstModerator(getAuthStore(), { ...account, now: Date.now() });
}
