import * as z from 'zod';
import { isIsoDate, toInstant } from '../text/dates';
import { defaultEdition, isEditionCode, listEditions } from '../editions';
import { slugPattern } from '../text/patterns';

const slugRule = 'lowercase ASCII letters, digits and single hyphens, like hussein-rubio-meet';

const isoDate = z.string().refine(isIsoDate, {
  error: (issue) => {
    const got = JSON.stringify(issue.input);
    // A time without an offset is ambiguous: readers in another time zone would see another day.
    return typeof issue.input === 'string' && /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(issue.input)
      ? `expected a date-time with an offset like 2025-04-26T09:30:00+03:00, got ${got}`
      : `expected an ISO 8601 date like 2025-04-26, got ${got}`;
  },
});

const text = z.string().trim().min(1);

// An article's language names its edition (lib/editions/index.ts): its URL, direction and front page.
const editionLanguage = z.string().refine(isEditionCode, {
  error: (issue) =>
    `expected the code of one of the site's editions (${listEditions()
      .map((edition) => `${edition.code} for ${edition.englishName}`)
      .join(', ')}), got ${JSON.stringify(issue.input)}`,
});

const imagePath = z.string().regex(/^\/(?!\/)[^?#\s]+\.(?:jpe?g|png|webp|avif|gif)$/i, {
  error: (issue) =>
    `expected the path of an image in public/, like /images/erbil.jpg (jpg, png, webp, avif or gif), got ${JSON.stringify(issue.input)}`,
});

/** Builds the front-matter schema; `section` must be one of the slugs in content/sections.yaml. */
export function frontMatterSchema(sectionSlugs: readonly string[]) {
  return z
    .strictObject({
      title: text,
      date: isoDate,
      updated: isoDate.optional(),
      source: text,
      author: text.optional(),
      dateline: text.optional(),
      summary: text.optional(),
      section: z.string().refine((value) => sectionSlugs.includes(value), {
        error: (issue) =>
          `expected one of the sections in content/sections.yaml (${sectionSlugs.join(', ')}), got ${JSON.stringify(issue.input)}`,
      }),
      tags: z.array(text).default([]).superRefine(rejectDuplicates('tag')),
      image: z
        .strictObject({
          src: imagePath,
          alt: text,
          caption: text.optional(),
          credit: text.optional(),
        })
        .optional(),
      lang: editionLanguage.default(defaultEdition),
      /** One story in several languages shares this key; each version links to the others. */
      story: z
        .string()
        .regex(slugPattern, { error: `expected a story key: ${slugRule}` })
        .optional(),
      comments: z.enum(['open', 'closed']).default('open'),
      draft: z.boolean().default(false),
      aliases: z
        .array(z.string().regex(slugPattern, { error: `each alias must be a slug: ${slugRule}` }))
        .default([])
        .superRefine(rejectDuplicates('alias')),
    })
    .superRefine((data, ctx) => {
      if (data.updated !== undefined && toInstant(data.updated) < toInstant(data.date)) {
        ctx.addIssue({
          code: 'custom',
          path: ['updated'],
          message: `must not be before date (${data.date}), got ${JSON.stringify(data.updated)}`,
        });
      }
    });
}

export type FrontMatter = z.infer<ReturnType<typeof frontMatterSchema>>;

export const frontMatterFields = [
  'title',
  'date',
  'updated',
  'source',
  'author',
  'dateline',
  'summary',
  'section',
  'tags',
  'image',
  'lang',
  'story',
  'comments',
  'draft',
  'aliases',
] as const satisfies readonly (keyof FrontMatter)[];

export const imageFields = ['src', 'alt', 'caption', 'credit'] as const;

export function slugProblem(slug: string): string | undefined {
  return slugPattern.test(slug)
    ? undefined
    : `file name "${slug}.md" is not a valid slug: use ${slugRule}`;
}

function rejectDuplicates(what: string) {
  return (values: string[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    values.forEach((value, index) => {
      if (seen.has(value))
        ctx.addIssue({
          code: 'custom',
          path: [index],
          message: `${what} "${value}" is listed twice`,
        });
      seen.add(value);
    });
  };
}
