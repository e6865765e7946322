// The incremental cache handler is configured on every instance; one without CACHE_URL must not
// load the Redis client (scripts/server/shared-cache.mjs loads it on first use).
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

function loadsRedisClient(env: Record<string, string>): boolean {
  const script = [
    "await import('./scripts/server/incremental-cache-handler.mjs');",
    "const { createRequire } = await import('node:module');",
    'const loaded = Object.keys(createRequire(import.meta.url).cache);',
    "console.log(loaded.some((file) => file.includes('/node_modules/ioredis/')));",
  ].join('\n');
  const environment = { ...process.env, ...env };
  if (!('CACHE_URL' in env)) delete environment.CACHE_URL;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: environment,
  });
  expect(run.stderr).toBe('');
  return run.stdout.trim() === 'true';
}

test('without CACHE_URL the handler does not load ioredis', () => {
  expect(loadsRedisClient({})).toBe(false);
});

test('loading ioredis is what the check above would see (it is found once required)', () => {
  const script = [
    "const { createRequire } = await import('node:module');",
    'const require = createRequire(import.meta.url);',
    "require('ioredis');",
    "console.log(Object.keys(require.cache).some((file) => file.includes('/node_modules/ioredis/')));",
  ].join('\n');
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  expect(run.stdout.trim()).toBe('true');
});
