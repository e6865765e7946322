import 'server-only';
import { getEnv } from '../env';
import { openSqlite, sqlitePath, type SqliteDatabase } from './sqlite';

export type { SqliteDatabase } from './sqlite';
export { openSqlite } from './sqlite';
export { DatabaseBusyError, retryWhenBusy } from './busy';

let sqlite: SqliteDatabase | undefined;

/**
 * The process's database connection, opened (and migrated) on first use. The engine comes
 * from DATABASE_URL's scheme; PostgreSQL arrives in a later release behind the same stores.
 */
export function getSqliteDatabase(): SqliteDatabase {
  if (sqlite) return sqlite;
  const url = getEnv().DATABASE_URL;
  if (!url.startsWith('file:')) {
    throw new Error(
      `DATABASE_URL "${url.replace(/:[^:@/]*@/, ':***@')}": only SQLite (file:...) is supported in this version`,
    );
  }
  sqlite = openSqlite(sqlitePath(url));
  return sqlite;
}
