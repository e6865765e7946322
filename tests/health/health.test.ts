import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';

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
  expect(checkHealth()).toEqual({ status: 'ok', database: 'ok' });
});

test('unavailable, with the reason and no password, when the database cannot be used', async () => {
  vi.stubEnv('DATABASE_URL', 'postgres://news:s3cret@db.example/newsroom');
  vi.resetModules();
  const { checkHealth } = await import('@/lib/health');
  const health = checkHealth();
  expect(health.status).toBe('unavailable');
  expect(health).toMatchObject({ database: 'unavailable' });
  expect(JSON.stringify(health)).toContain('DATABASE_URL');
  expect(JSON.stringify(health)).not.toContain('s3cret');
});
