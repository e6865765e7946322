import 'server-only';
import { getSqliteDatabase, retryWhenBusy } from '../db';
import { getServerSecret, hashClient } from './secret';
import { createSqliteAuthStore } from './sqlite';
import type { AuthStore } from './store';

export type { AuthStore, Moderator } from './store';
export { hashPassword, passwordProblem, minimumPasswordLength } from './passwords';
export { signIn, type SignInResult } from './sign-in';
export { startSession, endSession, sessionCookieName, sessionCookieOptions } from './sessions';
export { issueSetupToken, checkSetupToken, setUpFirstModerator } from './setup';
export { getServerSecret } from './secret';
export { usernameSchema } from './accounts';
export { createSqliteAuthStore } from './sqlite';

let store: AuthStore | undefined;

export function getAuthStore(): AuthStore {
  store ??= retryWhenBusy(createSqliteAuthStore(getSqliteDatabase()));
  return store;
}

/** A client key (lib/request/context's getClientKey) as it is stored and compared: hashed with the server secret. */
export async function hashClientKey(clientKey: string): Promise<string> {
  return hashClient(clientKey, await getServerSecret(getAuthStore()));
}
