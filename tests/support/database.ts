import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openSqlite, type SqliteDatabase } from '@/lib/db/sqlite';

const open: { db: SqliteDatabase; dir?: string }[] = [];

afterEach(() => {
  // Extra connections were pushed after their database: closed first, newest first.
  for (const { db, dir } of open.splice(0).reverse()) {
    db.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
});

/** Closes another connection to a temporary database after the test, before the file goes. */
export function trackDatabase(db: SqliteDatabase): SqliteDatabase {
  open.push({ db });
  return db;
}

/** A migrated SQLite database in a temporary file, closed and deleted after the test. */
export function temporaryDatabase(): SqliteDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), 'db-'));
  const db = openSqlite(path.join(dir, 'nested', 'comments.db'));
  open.push({ db, dir });
  return db;
}
