import { expect, test } from 'vitest';
import { hashPassword, needsRehash, passwordProblem, verifyPassword } from '@/lib/auth/passwords';

test('a hash verifies its password and nothing else, with a fresh salt each time', async () => {
  const hash = await hashPassword('correct horse battery staple');
  expect(hash).toMatch(/^scrypt\$32768\$8\$3\$/);
  expect(hash).not.toContain('correct horse');
  expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
  expect(await verifyPassword('correct horse battery stapler', hash)).toBe(false);
  expect(await hashPassword('correct horse battery staple')).not.toBe(hash);
  expect(needsRehash(hash)).toBe(false);
}, 30_000);

test('a hash made at the older, weaker cost still verifies and asks to be re-hashed', async () => {
  const old = await hashPassword('correct horse battery staple', { N: 2 ** 15, r: 8, p: 1 });
  expect(old).toMatch(/^scrypt\$32768\$8\$1\$/);
  expect(await verifyPassword('correct horse battery staple', old)).toBe(true);
  expect(needsRehash(old)).toBe(true);
}, 30_000);

test('a malformed stored hash never verifies', async () => {
  expect(await verifyPassword('x', 'plain-text')).toBe(false);
  expect(await verifyPassword('x', 'scrypt$1$2')).toBe(false);
}, 30_000);

test('absurd stored parameters are refused at once, without spending the memory or time', async () => {
  const real = await hashPassword('correct horse battery staple');
  const [, , , , salt, key] = real.split('$');
  const withCost = (n: number | string, r: number | string, p: number | string) =>
    ['scrypt', n, r, p, salt, key].join('$');
  const started = Date.now();
  for (const absurd of [
    withCost(2 ** 30, 8, 1),
    withCost(2 ** 15, 8, 1_000_000),
    withCost(2 ** 20, 64, 1),
    withCost(3000, 8, 1),
    withCost('1e9', 8, 1),
    withCost(-1, 8, 1),
    withCost('NaN', 8, 1),
  ]) {
    expect(await verifyPassword('correct horse battery staple', absurd)).toBe(false);
    expect(needsRehash(absurd)).toBe(true);
  }
  // A single check at p=1,000,000 would take minutes.
  expect(Date.now() - started).toBeLessThan(3000);
}, 30_000);

test('new passwords need 12 characters and no control characters', () => {
  expect(passwordProblem('short')).toBe('Use at least 12 characters.');
  expect(passwordProblem('long enough passphrase')).toBeUndefined();
  for (const control of ['\n', '\r', '\t', '\u0000', '\u001b', '\u007f', '\u0085', '\u009f'])
    expect(passwordProblem(`long enough${control}passphrase`)).toMatch(/control character/);
  expect(passwordProblem('long enough pässphrase ✓')).toBeUndefined();
});
