import { expect, test } from 'vitest';
import type { AuthStore } from '@/lib/auth';
import { getServerSecret, hashClient } from '@/lib/auth/secret';

test('a failure to read the server secret is not remembered: the next request tries again', async () => {
  let calls = 0;
  const store = {
    async getSetting() {
      calls += 1;
      if (calls === 1) throw new Error('database is busy');
      return 'the-secret';
    },
    async setSettingOnce() {
      throw new Error('not needed: the secret exists');
    },
  } as unknown as AuthStore;
  await expect(getServerSecret(store)).rejects.toThrow('database is busy');
  await expect(getServerSecret(store)).resolves.toBe('the-secret');
  await expect(getServerSecret(store)).resolves.toBe('the-secret');
  expect(calls).toBe(2);
});

test('a client hash is the same for the same client and secret, and differs for either changed', () => {
  const hash = hashClient('203.0.113.7', 'secret-one');
  expect(hashClient('203.0.113.7', 'secret-one')).toBe(hash);
  expect(hashClient('203.0.113.8', 'secret-one')).not.toBe(hash);
  expect(hashClient('203.0.113.7', 'secret-two')).not.toBe(hash);
  expect(hash).not.toContain('203.0.113.7');
});
