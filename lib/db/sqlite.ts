import 'server-only';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { sqliteMigrations, type Migration } from './sqlite-migrations';

export type SqliteDatabase = Database.Database;

/** How long one statement may wait for a lock inside SQLite, blocking the process. */
const requestBusyTimeoutMs = 20;

/** The file of a `file:` DATABASE_URL: `file:./data/comments.db` is relative to the working directory. */
export function sqlitePath(url: string): string {
  const rest = url.replace(/^file:(\/\/)?/, '');
  if (rest === '') throw new Error(`DATABASE_URL "${url}" names no file`);
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), rest);
}

/**
 * Opens (creating it and its folder if needed) and migrates a SQLite database. WAL lets readers
 * run beside the writer; synchronous=FULL makes a committed comment survive a power cut.
 */
export function openSqlite(
  file: string,
  migrations: readonly Migration[] = sqliteMigrations,
): SqliteDatabase {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Two instances starting at once take turns at the migrations: wait for the other's.
  db.pragma('busy_timeout = 5000');
  migrate(db, migrations);
  // From now on SQLite's own wait blocks the event loop (better-sqlite3 is synchronous), so it
  // stays short; the stores wait longer between tries without blocking (db/busy.ts).
  db.pragma(`busy_timeout = ${requestBusyTimeoutMs}`);
  return db;
}

/** Applies pending migrations, each in its own transaction; running it again changes nothing. */
export function migrate(db: SqliteDatabase, migrations: readonly Migration[]): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at INTEGER NOT NULL
  ) STRICT`);
  const applied = new Set(
    db
      .prepare<[], { version: number }>('SELECT version FROM schema_migrations')
      .all()
      .map((row) => row.version),
  );
  const done: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    // A table rebuild drops a table others refer to: foreign keys are off meanwhile (the pragma
    // cannot change inside a transaction) and checked before the commit, as SQLite documents.
    const foreignKeys =
      migration.rebuild !== undefined && db.pragma('foreign_keys', { simple: true }) === 1;
    if (foreignKeys) db.pragma('foreign_keys = OFF');
    try {
      // IMMEDIATE takes the write lock first, so two processes starting at once cannot both apply it.
      db.transaction(() => {
        const again = db
          .prepare('SELECT 1 FROM schema_migrations WHERE version = ?')
          .get(migration.version);
        if (again) return;
        db.exec(migration.sql);
        if (migration.rebuild) {
          migration.rebuild(db);
          const broken = db.pragma('foreign_key_check');
          if (Array.isArray(broken) && broken.length > 0)
            throw new Error(`migration ${migration.version} broke foreign keys`);
        }
        db.prepare(
          'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
        ).run(migration.version, migration.name, Date.now());
        done.push(migration.version);
      }).immediate();
    } finally {
      if (foreignKeys) db.pragma('foreign_keys = ON');
    }
  }
  return done;
}
