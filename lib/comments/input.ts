import * as z from 'zod';
import {
  hasVisibleCharacter,
  nameCharacterProblem,
  type NameCharacterProblem,
} from './visible-text';

// Control characters other than tab and line breaks have no business in a comment and can hide
// text. A name is held to more (see visible-text.ts): it is how readers tell commenters apart.
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

const nameMessages: Record<NameCharacterProblem, string> = {
  control: 'Your name contains invisible control characters; please type it again.',
  joiner:
    'Your name contains a zero-width joiner or non-joiner that is not between two letters it can join; please remove it.',
  invisible:
    'Your name contains an invisible character, such as a zero-width space; please type it again.',
  'nothing-visible': 'Your name must contain letters or other visible characters.',
};

const codePoints = (text: string) => [...text].length;

export const commentLimits = {
  name: { min: 1, max: 80 },
  email: { max: 254 },
  body: { min: 2, max: 3000 },
} as const;

/**
 * The comment form, written once: the server action parses with it and the form takes its
 * limits from it. Messages are shown next to the field they are about.
 *
 * Normalization, all of it: the name and the email lose leading and trailing whitespace
 * (String.prototype.trim). The body is kept exactly as typed, edges included; only its minimum
 * length is counted without them. Nothing else is changed (no case folding, no Unicode
 * normalization): what is stored is what the commenter typed.
 */
export const commentInputSchema = z.object({
  articleSlug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'This article does not take comments.' }),
  parentId: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === '') return null;
      if (!/^[1-9]\d{0,15}$/.test(value)) {
        ctx.addIssue({
          code: 'custom',
          message: 'The comment you are replying to no longer exists.',
        });
        return z.NEVER;
      }
      return Number(value);
    }),
  name: z
    .string({ error: 'Please enter your name.' })
    .transform((value) => value.trim())
    .refine((value) => value.length > 0, { error: 'Please enter your name.', abort: true })
    .refine((value) => codePoints(value) <= commentLimits.name.max, {
      error: `Your name can be at most ${commentLimits.name.max} characters.`,
    })
    .superRefine((value, ctx) => {
      const problem = nameCharacterProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: nameMessages[problem] });
    }),
  email: z
    .string({ error: 'Please enter your email address.' })
    .transform((value) => value.trim())
    .refine((value) => value.length > 0, { error: 'Please enter your email address.' })
    .pipe(
      z
        .email({ error: 'Please enter a valid email address, like name@example.com.' })
        .max(commentLimits.email.max, { error: 'That email address is too long.' }),
    ),
  body: z
    .string({ error: 'Please write a comment.' })
    .refine((value) => value.trim().length > 0, { error: 'Please write a comment.', abort: true })
    .refine(hasVisibleCharacter, {
      error: 'Your comment has no visible characters; please write some text.',
      abort: true,
    })
    .refine((value) => codePoints(value.trim()) >= commentLimits.body.min, {
      error: `Your comment must be at least ${commentLimits.body.min} characters.`,
    })
    .refine((value) => codePoints(value) <= commentLimits.body.max, {
      error: (issue) =>
        `Your comment is ${typeof issue.input === 'string' ? codePoints(issue.input).toLocaleString('en') : 'too many'} characters; the limit is ${commentLimits.body.max.toLocaleString('en')}.`,
    })
    .refine((value) => !controlCharacters.test(value), {
      error: 'Your comment contains invisible control characters; please remove them.',
    }),
});

export type CommentInput = z.output<typeof commentInputSchema>;
export type CommentField = 'name' | 'email' | 'body';
