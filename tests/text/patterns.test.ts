import { expect, test } from 'vitest';
import { slugPattern, tokenPattern, usernamePattern } from '@/lib/text/patterns';

test('a slug is lowercase ASCII words joined by single hyphens', () => {
  for (const slug of ['a', 'hussein-rubio-meet', 'iraq-2025'])
    expect(slugPattern.test(slug)).toBe(true);
  for (const slug of ['', 'A', '-a', 'a-', 'a--b', 'a_b', 'a b', 'é', 'a/b'])
    expect(slugPattern.test(slug)).toBe(false);
});

test('a token is 43 base64url characters, what 32 random bytes encode to', () => {
  const token = Buffer.alloc(32, 0xfb).toString('base64url');
  expect(token).toHaveLength(43);
  expect(tokenPattern.test(token)).toBe(true);
  expect(tokenPattern.test(token.slice(1))).toBe(false);
  expect(tokenPattern.test(`${token}A`)).toBe(false);
  expect(tokenPattern.test(`${token.slice(1)}=`)).toBe(false);
  expect(tokenPattern.test(`${token.slice(1)}+`)).toBe(false);
});

test('a username is 3 to 40 letters, digits, dots, dashes or underscores', () => {
  for (const name of ['abc', 'a.b-c_d', 'x'.repeat(40)])
    expect(usernamePattern.test(name)).toBe(true);
  for (const name of ['ab', 'x'.repeat(41), 'a b', 'ana@x', 'émile'])
    expect(usernamePattern.test(name)).toBe(false);
});
