import { describe, expect, test } from 'vitest';
import {
  buildCommentInputSchema,
  commentInputSchema,
  englishInputErrors,
} from '@/lib/comments/input';

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

  const nameMessages = {
    invisible:
      'Your name contains an invisible character, such as a zero-width space; please type it again.',
    joiner:
      'Your name contains a zero-width joiner or non-joiner that is not between two letters it can join; please remove it.',
    control: 'Your name contains invisible control characters; please type it again.',
    nothingVisible: 'Your name must contain letters or other visible characters.',
  };

  test.each([
    ['Ad\u200Bmin', nameMessages.invisible],
    ['Ad\u2060min', nameMessages.invisible],
    ['Ad\uFEFFmin', nameMessages.invisible],
    ['Ad\u00ADmin', nameMessages.invisible],
    ['A\uFE0Fdmin', nameMessages.invisible],
    ['\u3164', nameMessages.invisible],
    ['Ad\u200Cmin', nameMessages.joiner],
    ['Ad\u200Dmin', nameMessages.joiner],
    ['ئاوات\u200C', nameMessages.joiner],
    ['ب\u200C\u200Cب', nameMessages.joiner],
    ['سارا\u200Csara', nameMessages.joiner],
    ['👩\u200C💻', nameMessages.joiner],
    ['Ali\u2066evil', nameMessages.control],
    ['Ali\u200Fevil', nameMessages.control],
    ['Kar\twan', nameMessages.control],
    ['Kar\nwan', nameMessages.control],
    ['\u2800\u2800', nameMessages.nothingVisible],
    ['\u0301', nameMessages.nothingVisible],
  ])('the name %j is refused: %s', (name, message) => {
    expect(errors({ name })).toEqual({ name: message });
  });

  test.each([
    'Admin',
    'کاروان',
    'ئاوات\u200Cی',
    'می\u200Cخواهم',
    'क्\u200Dष',
    'Dev 👩🏽\u200D💻',
    'Karwan ❤️',
    '❤️\u200D🔥',
    '#️⃣1',
    '渡邊\u{E0100}',
    'José Ñúñez',
  ])('the name %j is accepted as typed', (name) => {
    expect(commentInputSchema.parse({ ...valid, name }).name).toBe(name);
  });

  test('edges are trimmed, a zero-width space inside is not', () => {
    expect(commentInputSchema.parse({ ...valid, name: '\uFEFF Admin \n' }).name).toBe('Admin');
    expect(errors({ name: ' \u200B ' })).toEqual({ name: nameMessages.invisible });
  });

  test.each(['\u200B\u200B\u200B', ' \u200B\n\u2060 ', '\u200E\u200F\u2066', '\u2800\u3164'])(
    'a comment with no visible character (%j) is refused',
    (body) => {
      expect(errors({ body })).toEqual({
        body: 'Your comment has no visible characters; please write some text.',
      });
    },
  );

  test('the documented normalization: name and email trimmed, the body kept exactly', () => {
    const fields = {
      ...valid,
      name: ' \t Karwan Ali \n',
      email: '  Karwan+News@Example.com ',
      body: '\n  Two\u00A0spaces,  kept.  \n',
    };
    expect(commentInputSchema.parse(fields)).toEqual({
      ...fields,
      name: 'Karwan Ali',
      email: 'Karwan+News@Example.com',
      parentId: null,
    });
  });
});

describe('comment input in another language', () => {
  // A stand-in table: the real ones will come from the edition's message catalog.
  const sorani = buildCommentInputSchema({
    ...englishInputErrors,
    nameMissing: 'تکایە ناوەکەت بنووسە.',
    nameCharacters: { ...englishInputErrors.nameCharacters, invisible: 'پیتی نادیار' },
    bodyTooLong: (length, max) => `${length}>${max}`,
  });

  function soraniErrors(fields: Record<string, unknown>) {
    const result = sorani.safeParse({ ...valid, ...fields });
    return result.success
      ? {}
      : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
  }

  test('field messages come from the table it was built with', () => {
    expect(soraniErrors({ name: '  ' })).toEqual({ name: 'تکایە ناوەکەت بنووسە.' });
    expect(soraniErrors({ name: 'Ad\u200Bmin' })).toEqual({ name: 'پیتی نادیار' });
    expect(soraniErrors({ body: 'ب'.repeat(3001) })).toEqual({ body: '3001>3000' });
  });

  test('the English schema is unchanged by building another', () => {
    expect(errors({ name: '' })).toEqual({ name: 'Please enter your name.' });
  });
});
