import { expect, test } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from '@/lib/auth/passwords';

test('a hash verifies its password and nothing else, with a fresh salt each time', async () => {
  const hash = await hashPassword('correct horse battery staple');
  expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
  expect(hash).not.toContain('correct horse');
  expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
  expect(await verifyPassword('correct horse battery stapler', hash)).toBe(false);
  expect(await hashPassword('correct horse battery staple')).not.toBe(hash);
});

test('a malformed stored hash never verifies', async () => {
  expect(await verifyPassword('x', 'plain-text')).toBe(false);
  expect(await verifyPassword('x', 'scrypt$1$2')).toBe(false);
});

test('new passwords need 12 characters', () => {
  expect(passwordProblem('short')).toBe('Use at least 12 characters.');
  expect(passwordProblem('long enough passphrase')).toBeUndefined();
});
