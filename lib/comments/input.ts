import * as z from 'zod';
import { defaultEdition, editionFor } from '../editions';
import { getMessages } from '../messages';
import { slugPattern } from '../text/patterns';
import {
  hasVisibleCharacter,
  nameCharacterProblem,
  type NameCharacterProblem,
} from './visible-text';

// Control characters other than tab and line breaks have no business in a comment and can hide
// text. A name is held to more (see visible-text.ts): it is how readers tell commenters apart.
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/**
 * What the form says about each field, as one table in each language's message catalog
 * (lib/messages, `commentErrors`). Counts arrive as numbers so a table can write them in its
 * edition's digits.
 */
export type CommentInputErrors = {
  articleClosed: string;
  parentGone: string;
  nameMissing: string;
  nameTooLong: (max: number) => string;
  nameCharacters: Record<NameCharacterProblem, string>;
  emailMissing: string;
  emailInvalid: string;
  emailTooLong: string;
  bodyMissing: string;
  bodyInvisible: string;
  bodyTooShort: (min: number) => string;
  bodyTooLong: (length: number, max: number) => string;
  bodyControl: string;
};

/** The English messages, as tests and the default schema use them. */
export const englishInputErrors: CommentInputErrors = getMessages(defaultEdition).commentErrors;

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
export function buildCommentInputSchema(errors: CommentInputErrors = englishInputErrors) {
  return z.object({
    articleSlug: z.string().regex(slugPattern, { error: errors.articleClosed }),
    parentId: z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (value === undefined || value === '') return null;
        if (!/^[1-9]\d{0,15}$/.test(value)) {
          ctx.addIssue({
            code: 'custom',
            message: errors.parentGone,
          });
          return z.NEVER;
        }
        return Number(value);
      }),
    name: z
      .string({ error: errors.nameMissing })
      .transform((value) => value.trim())
      .refine((value) => value.length > 0, { error: errors.nameMissing, abort: true })
      .refine((value) => codePoints(value) <= commentLimits.name.max, {
        error: errors.nameTooLong(commentLimits.name.max),
      })
      .superRefine((value, ctx) => {
        const problem = nameCharacterProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: errors.nameCharacters[problem] });
      }),
    email: z
      .string({ error: errors.emailMissing })
      .transform((value) => value.trim())
      .refine((value) => value.length > 0, { error: errors.emailMissing })
      .pipe(
        z
          .email({ error: errors.emailInvalid })
          .max(commentLimits.email.max, { error: errors.emailTooLong }),
      ),
    body: z
      .string({ error: errors.bodyMissing })
      .refine((value) => value.trim().length > 0, { error: errors.bodyMissing, abort: true })
      .refine(hasVisibleCharacter, {
        error: errors.bodyInvisible,
        abort: true,
      })
      .refine((value) => codePoints(value.trim()) >= commentLimits.body.min, {
        error: errors.bodyTooShort(commentLimits.body.min),
      })
      .refine((value) => codePoints(value) <= commentLimits.body.max, {
        // The refinement only fails on a string, so the input is always one here.
        error: (issue) =>
          errors.bodyTooLong(
            typeof issue.input === 'string' ? codePoints(issue.input) : commentLimits.body.max + 1,
            commentLimits.body.max,
          ),
      })
      .refine((value) => !controlCharacters.test(value), {
        error: errors.bodyControl,
      }),
  });
}

/** The schema with English messages. */
export const commentInputSchema = buildCommentInputSchema();

const schemas = new Map<string, ReturnType<typeof buildCommentInputSchema>>();

/** The schema whose messages are in a language's catalog (the article's), built once each. */
export function commentInputSchemaFor(lang: string): ReturnType<typeof buildCommentInputSchema> {
  const { code } = editionFor(lang);
  let schema = schemas.get(code);
  if (!schema) {
    schema = buildCommentInputSchema(getMessages(code).commentErrors);
    schemas.set(code, schema);
  }
  return schema;
}

export type CommentInput = z.output<typeof commentInputSchema>;
export type CommentField = 'name' | 'email' | 'body';
