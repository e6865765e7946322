import 'server-only';
import { getDatabase, retryWhenBusy } from '../db';
import { createPostgresAuthStore } from './postgres';
import { createSqliteAuthStore } from './sqlite';
import type { AuthStore } from './store';

let store: AuthStore | undefined;

/** The site's own moderator store, opened once per process on the engine DATABASE_URL names. */
export function getAuthStore(): AuthStore {
  if (store) return store;
  const db = getDatabase();
  store =
    db.engine === 'sqlite'
      ? retryWhenBusy(createSqliteAuthStore(db.sqlite))
      : createPostgresAuthStore(db.postgres);
  return store;
}
