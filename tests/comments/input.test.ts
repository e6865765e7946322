import { describe, expect, test } from 'vitest';
import { commentInputSchema } from '@/lib/comments/input';

const valid = {
  articleSlug: 'hussein-rubio',
  name: 'Karwan',
  email: 'karwan@example.com',
  body: 'A fair point.',
};

function errors(fields: Record<string, unknown>) {
  const result = commentInputSchema.safeParse({ ...valid, ...fields });
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe('comment input', () => {
  test('accepts a valid comment and keeps the body exactly', () => {
    const body = "  Line one\r\nسڵاو 🙂 <b>bold</b> '; DROP TABLE comments; --  ";
    const result = commentInputSchema.parse({ ...valid, body, name: '  Karwan  ', parentId: '' });
    expect(result).toEqual({ ...valid, name: 'Karwan', body, parentId: null });
  });

  test.each([
    [{ name: '' }, { name: 'Please enter your name.' }],
    [{ name: '   \t ' }, { name: 'Please enter your name.' }],
    [{ name: 'x'.repeat(81) }, { name: 'Your name can be at most 80 characters.' }],
    [
      { name: 'Ali\u202Eevil' },
      { name: 'Your name contains invisible control characters; please type it again.' },
    ],
    [
      { name: 'Ali\u0007' },
      { name: 'Your name contains invisible control characters; please type it again.' },
    ],
    [{ email: '' }, { email: 'Please enter your email address.' }],
    [
      { email: 'not-an-email' },
      { email: 'Please enter a valid email address, like name@example.com.' },
    ],
    [{ email: 'a@b' }, { email: 'Please enter a valid email address, like name@example.com.' }],
    [{ body: '' }, { body: 'Please write a comment.' }],
    [{ body: ' \n ' }, { body: 'Please write a comment.' }],
    [{ body: 'x' }, { body: 'Your comment must be at least 2 characters.' }],
    [
      { body: 'x'.repeat(10_000) },
      { body: 'Your comment is 10,000 characters; the limit is 3,000.' },
    ],
    [
      { body: 'bad \u0000 byte' },
      { body: 'Your comment contains invisible control characters; please remove them.' },
    ],
    [{ parentId: 'abc' }, { parentId: 'The comment you are replying to no longer exists.' }],
  ])('%o is refused with a field message', (fields, expected) => {
    expect(errors(fields)).toEqual(expected);
  });

  test('counts characters, not bytes: 3,000 emoji fit', () => {
    expect(errors({ body: '🙂'.repeat(3000) })).toEqual({});
    expect(errors({ body: 'ب'.repeat(3000) })).toEqual({});
  });

  test('a right-to-left override in the body is kept (shown isolated), not refused', () => {
    expect(errors({ body: 'abc \u202E def' })).toEqual({});
  });
});
