import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { migrate, openSqlite, sqlitePath } from '@/lib/db/sqlite';
import { sqliteMigrations } from '@/lib/db/sqlite-migrations';

test('a file: URL names a file relative to the working directory', () => {
  expect(sqlitePath('file:./data/comments.db')).toBe(path.resolve('data/comments.db'));
  expect(sqlitePath('file:/var/lib/news/comments.db')).toBe('/var/lib/news/comments.db');
});

test('opening creates the folder and the file, with WAL and full sync; migrations are idempotent', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'db-'));
  try {
    const file = path.join(dir, 'a', 'b', 'comments.db');
    const db = openSqlite(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    // Short: SQLite's wait blocks the process; stores retry between tries instead (db/busy.ts).
    expect(db.pragma('busy_timeout', { simple: true })).toBeLessThanOrEqual(50);
    expect(migrate(db, sqliteMigrations)).toEqual([]);
    db.close();
    const again = openSqlite(file);
    expect(again.prepare('SELECT version FROM schema_migrations ORDER BY version').all()).toEqual(
      sqliteMigrations.map(({ version }) => ({ version })).sort((a, b) => a.version - b.version),
    );
    again.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a failing migration is rolled back whole', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'db-'));
  try {
    const db = openSqlite(path.join(dir, 'x.db'));
    const broken = [
      {
        version: 99,
        name: 'broken',
        sql: 'CREATE TABLE half (id INTEGER); SELECT * FROM missing_table;',
      },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
    expect(
      db.prepare('SELECT version FROM schema_migrations WHERE version = 99').get(),
    ).toBeUndefined();
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
