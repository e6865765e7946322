import { afterEach, expect, test, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

test('a postgres:// DATABASE_URL is refused with an error that names it and hides the password', async () => {
  vi.stubEnv('DATABASE_URL', 'postgres://news:s3cret@db.example:5432/newsroom');
  vi.resetModules();
  const { getSqliteDatabase } = await import('@/lib/db');
  let message = '';
  try {
    getSqliteDatabase();
  } catch (error) {
    message = error instanceof Error ? error.message : String(error);
  }
  expect(message).toMatch(/^DATABASE_URL /);
  expect(message).toContain('only SQLite (file:...) is supported');
  expect(message).not.toContain('s3cret');
  expect(message).toContain('postgres://news:***@db.example:5432/newsroom');
});
