import 'server-only';
import { getSqliteDatabase, retryWhenBusy } from '../db';
import { createSqliteAuthStore } from './sqlite';
import type { AuthStore } from './store';

let store: AuthStore | undefined;

/** The site's own moderator store, opened once per process. */
export function getAuthStore(): AuthStore {
  store ??= retryWhenBusy(createSqliteAuthStore(getSqliteDatabase()));
  return store;
}
