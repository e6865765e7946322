import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openSqlite, type SqliteDatabase } from '@/lib/db/sqlite';

const open: { db: SqliteDatabase; dir: string }[] = [];

afterEach(() => {
  for (const { db, dir } of open.splice(0)) {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A migrated SQLite database in a temporary file, closed and deleted after the test. */
export function temporaryDatabase(): SqliteDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), 'db-'));
  const db = openSqlite(path.join(dir, 'nested', 'comments.db'));
  open.push({ db, dir });
  return db;
}
