import 'server-only';
import { getSqliteDatabase, retryWhenBusy } from '../db';
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
