import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { testPostgresUrl } from '../support/postgres';

const folders: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

test('healthy when the database answers', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'health-'));
  folders.push(folder);
  vi.stubEnv('DATABASE_URL', `file:${path.join(folder, 'comments.db')}`);
  vi.resetModules();
  const { checkHealth } = await import('@/lib/health');
  expect(await checkHealth()).toEqual({ status: 'ok', database: 'ok' });
});

test('healthy when PostgreSQL answers', async () => {
  vi.stubEnv('DATABASE_URL', testPostgresUrl());
  vi.resetModules();
  const { checkHealth } = await import('@/lib/health');
  expect(await checkHealth()).toEqual({ status: 'ok', database: 'ok' });
});

test('unavailable, with the reason and no password, when the database cannot be reached', async () => {
  // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
  vi.stubEnv('DATABASE_URL', 'postgres://news:s3cret@127.0.0.1:9/newsroom');
  vi.resetModules();
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const { checkHealth } = await import('@/lib/health');
  const health = await checkHealth();
  expect(health).toEqual({
    status: 'unavailable',
    database: 'unavailable',
    reason: 'The database cannot be reached.',
  });
  expect(JSON.stringify(health)).not.toContain('s3cret');
  // The failure is logged for the operator, without the URL.
  expect(errors).toHaveBeenCalledWith(
    expect.stringMatching(/^PostgreSQL unavailable: .*ECONNREFUSED/),
  );
  expect(JSON.stringify(errors.mock.calls)).not.toContain('s3cret');
  errors.mockRestore();
});
