import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { emailKey } from '@/lib/comments/email-key';
import { migrate, openSqlite, type SqliteDatabase } from '@/lib/db/sqlite';
import { sqliteMigrations } from '@/lib/db/sqlite-migrations';

const dirs: string[] = [];
const dbs: SqliteDatabase[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function databaseAt(versions: (version: number) => boolean): SqliteDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), 'db-'));
  dirs.push(dir);
  const db = openSqlite(
    path.join(dir, 'comments.db'),
    sqliteMigrations.filter((migration) => versions(migration.version)),
  );
  dbs.push(db);
  return db;
}

const emails = [
  'name@example.com',
  'Name+tag@Example.com',
  'NAME+a+b@EXAMPLE.COM',
  '+x@Example.com',
  'Ä+Ü@Ö.example',
  'missing-at+Tag',
  'a@b@C.com',
  '',
];

test('migration 3 backfills the email key of existing comments exactly as emailKey() computes it', () => {
  const db = databaseAt((version) => version === 1);
  const insert = db.prepare(`INSERT INTO comments (article_slug, author_name, author_email, body,
    status, created_at, client_hash, status_token_hash, submission_key)
    VALUES ('a', 'n', ?, 'b', 'pending', 1, 'c', ?, ?)`);
  emails.forEach((email, index) => insert.run(email, `t${index}`, `k${index}`));

  expect(migrate(db, sqliteMigrations)).toContain(3);
  const rows = db
    .prepare<[], { author_email: string; author_email_key: string }>(
      'SELECT author_email, author_email_key FROM comments ORDER BY id',
    )
    .all();
  expect(rows).toEqual(
    emails.map((email) => ({ author_email: email, author_email_key: emailKey(email) })),
  );
});

test('the per-email look-up uses the email key index', () => {
  const db = databaseAt(() => true);
  const plan = db
    .prepare<[], { detail: string }>(
      "EXPLAIN QUERY PLAN SELECT id FROM comments WHERE author_email_key = 'x' AND created_at >= 0",
    )
    .all()
    .map((row) => row.detail)
    .join('\n');
  expect(plan).toMatch(/USING (COVERING )?INDEX comments_email_key/);
});
