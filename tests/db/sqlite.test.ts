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

test('version 4 rebuilds comments keeping rows, ids, indexes, triggers and foreign keys', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'db-'));
  try {
    const db = openSqlite(
      path.join(dir, 'x.db'),
      sqliteMigrations.filter((migration) => migration.version < 4),
    );
    const insert = db.prepare(
      `INSERT INTO comments (article_slug, parent_id, author_name, author_email, body, status,
         created_at, client_hash, status_token_hash, submission_key)
       VALUES ('a', ?, 'Reader', 'r@example.com', ?, 'approved', 1, 'c', ?, ?)`,
    );
    const parent = Number(insert.run(null, 'parent', 't1', 'k1').lastInsertRowid);
    insert.run(parent, 'reply', 't2', 'k2');
    const gone = Number(insert.run(null, 'last', 't3', 'k3').lastInsertRowid);
    db.prepare(
      "INSERT INTO reports (comment_id, client_hash, reason, created_at) VALUES (?, 'x', 'spam', 2)",
    ).run(parent);
    db.prepare(
      "INSERT INTO moderation_log (comment_id, action, created_at) VALUES (?, 'approve', 3)",
    ).run(parent);
    // The newest id is gone (by hand: the site never deletes), yet it must not be used again.
    db.pragma('foreign_keys = OFF');
    db.prepare('DELETE FROM comments WHERE id = ?').run(gone);
    db.pragma('foreign_keys = ON');
    const indexes = () =>
      db
        .prepare(
          "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'comments' ORDER BY name",
        )
        .all();
    const before = indexes();

    expect(migrate(db, sqliteMigrations)).toContain(4);
    expect(db.prepare('SELECT id, parent_id, body FROM comments ORDER BY id').all()).toEqual([
      { id: parent, parent_id: null, body: 'parent' },
      { id: parent + 1, parent_id: parent, body: 'reply' },
    ]);
    expect(indexes()).toEqual(expect.arrayContaining(before));
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // The new status is allowed, other values still are not.
    db.prepare("UPDATE comments SET status = 'withdrawn' WHERE id = ?").run(parent);
    expect(() => db.prepare("UPDATE comments SET status = 'odd' WHERE id = ?").run(parent)).toThrow(
      /CHECK/,
    );
    // Foreign keys still hold: a report of a comment that does not exist is refused.
    expect(() =>
      db
        .prepare(
          "INSERT INTO reports (comment_id, client_hash, reason, created_at) VALUES (999, 'y', 'spam', 2)",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('DELETE FROM moderation_log').run()).toThrow(/append-only/);
    expect(Number(insert.run(null, 'new', 't4', 'k4').lastInsertRowid)).toBe(gone + 1);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
