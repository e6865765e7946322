import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { testPostgresUrl } from '../support/postgres';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function databaseFor(url: string) {
  vi.stubEnv('DATABASE_URL', url);
  vi.resetModules();
  const { getDatabase } = await import('@/lib/db');
  return getDatabase();
}

test('postgres:// and postgresql:// choose PostgreSQL, which answers through the pool', async () => {
  const url = testPostgresUrl();
  const db = await databaseFor(url);
  expect(db.engine).toBe('postgres');
  if (db.engine !== 'postgres') return;
  expect((await db.postgres.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  await db.postgres.close();
  const other = await databaseFor(url.replace(/^postgres:/, 'postgresql:'));
  expect(other.engine).toBe('postgres');
  if (other.engine === 'postgres') await other.postgres.close();
});

test('a file: URL chooses SQLite, in that file', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'engine-'));
  try {
    const db = await databaseFor(`file:${path.join(dir, 'comments.db')}`);
    expect(db.engine).toBe('sqlite');
    expect(existsSync(path.join(dir, 'comments.db'))).toBe(true);
    if (db.engine === 'sqlite') db.sqlite.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a password in the URL is hidden in messages', async () => {
  const { describeDatabaseUrl } = await import('@/lib/db');
  expect(describeDatabaseUrl('postgres://news:s3cret@db.example:5432/newsroom')).toBe(
    'postgres://news:***@db.example:5432/newsroom',
  );
  expect(describeDatabaseUrl('postgres://news@db.example/newsroom')).toBe(
    'postgres://news@db.example/newsroom',
  );
});
