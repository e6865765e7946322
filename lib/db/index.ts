import 'server-only';
import { getEnv } from '../env';
import { openPostgres, type PostgresDatabase } from './postgres';
import { openSqlite, sqlitePath, type SqliteDatabase } from './sqlite';

export type { SqliteDatabase } from './sqlite';
export type { PostgresDatabase } from './postgres';
export { openSqlite, sqlitePath } from './sqlite';
export { openPostgres } from './postgres';
export { DatabaseBusyError, DatabaseUnavailableError, retryWhenBusy } from './busy';

/** The site's database: which engine, and its connection (SQLite) or pool (PostgreSQL). */
export type Database =
  { engine: 'sqlite'; sqlite: SqliteDatabase } | { engine: 'postgres'; postgres: PostgresDatabase };

let database: Database | undefined;

/** DATABASE_URL with its password, if any, replaced: for messages and logs. */
export function describeDatabaseUrl(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:@/]*):[^@/]*@/, '$1:***@');
}

/**
 * The process's database, opened on first use. The engine comes from DATABASE_URL's scheme:
 * file: is SQLite in that file (migrated when opened), postgres:// or postgresql:// is a pool
 * of connections to that server (migrated before its first query, under a lock every instance
 * shares).
 */
export function getDatabase(): Database {
  if (database) return database;
  const { DATABASE_URL: url, DATABASE_POOL_SIZE: poolSize } = getEnv();
  if (url.startsWith('file:')) {
    database = { engine: 'sqlite', sqlite: openSqlite(sqlitePath(url)) };
  } else if (/^postgres(ql)?:\/\//.test(url)) {
    database = { engine: 'postgres', postgres: openPostgres(url, { poolSize }) };
  } else {
    throw new Error(
      `DATABASE_URL "${describeDatabaseUrl(url)}": expected file:./path/to.db or postgres://user@host/db`,
    );
  }
  return database;
}

/** Asks the database one trivial question; throws (lib/db's own errors, no password) when it cannot answer. */
export async function pingDatabase(): Promise<void> {
  const db = getDatabase();
  if (db.engine === 'sqlite') db.sqlite.prepare('SELECT 1').get();
  else await db.postgres.query('SELECT 1');
}
