import { expect, test } from 'vitest';
import { emailKey } from '@/lib/comments/email-key';

test.each([
  ['name@example.com', 'name@example.com'],
  ['Name+tag@Example.com', 'name@example.com'],
  ['NAME+a+b@EXAMPLE.COM', 'name@example.com'],
  ['+only-tag@example.com', '@example.com'],
  ['first.last@sub.example.co', 'first.last@sub.example.co'],
  ["o'brien-x_y@example.com", "o'brien-x_y@example.com"],
  // Only ASCII is folded, as SQLite's lower() does; the form refuses other addresses anyway.
  ['ÄBC@Example.com', 'Äbc@example.com'],
  ['no-at-sign+x', 'no-at-sign'],
])('%s is compared as %s', (email, key) => {
  expect(emailKey(email)).toBe(key);
});
