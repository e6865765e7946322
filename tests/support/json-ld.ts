import * as z from 'zod';

/**
 * Run-time schemas of the JSON-LD the site prints (lib/share/structured-data.ts). schema-dts
 * only types the code that builds it; these parse what actually reaches the page. Every object
 * is strict, so an unknown or misspelt key fails as surely as a missing one.
 */

/** ISO 8601 as schema.org takes it: a date, or a date-time with an offset (seconds optional). */
const isoDate = z.union([
  z.iso.date(),
  z.iso.datetime({ offset: true }),
  z.iso.datetime({ offset: true, precision: -1 }),
]);

const text = z.string().trim().min(1);
const absoluteUrl = z.url({ protocol: /^https?$/ });
/** schema.org takes sizes as text; ours are whole pixels. */
const pixels = z.string().regex(/^[1-9]\d*$/);
const languageTag = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/);

const imageObject = z.strictObject({
  '@type': z.literal('ImageObject'),
  url: absoluteUrl,
  width: pixels,
  height: pixels,
});

const author = z.discriminatedUnion('@type', [
  z.strictObject({ '@type': z.literal('Person'), name: text }),
  z.strictObject({ '@type': z.literal('Organization'), name: text }),
]);

/** Another language version of the same story, as the translation links name it. */
const storyVersion = z.strictObject({
  '@type': z.literal('NewsArticle'),
  '@id': absoluteUrl,
  inLanguage: languageTag,
  headline: text,
});

export const newsArticleSchema = z
  .strictObject({
    '@context': z.literal('https://schema.org'),
    '@type': z.literal('NewsArticle'),
    headline: text,
    description: text,
    datePublished: isoDate,
    dateModified: isoDate,
    author,
    publisher: z.strictObject({
      '@type': z.literal('NewsMediaOrganization'),
      name: text,
      url: absoluteUrl,
      logo: imageObject,
    }),
    image: z.array(imageObject).length(1),
    articleSection: text,
    // The article's tags joined; an untagged article has none.
    keywords: z.string(),
    inLanguage: languageTag,
    // The original lists its translations; each translation names the original. Never both.
    workTranslation: z.array(storyVersion).min(1).optional(),
    translationOfWork: storyVersion.optional(),
    dateline: text.optional(),
    mainEntityOfPage: z.strictObject({ '@type': z.literal('WebPage'), '@id': absoluteUrl }),
    url: absoluteUrl,
    commentCount: z.number().int().nonnegative(),
  })
  .refine((data) => !(data.workTranslation && data.translationOfWork), {
    error:
      'a version is either the original (workTranslation) or a translation (translationOfWork)',
  });

export const webSiteSchema = z.strictObject({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('WebSite'),
  name: text,
  url: absoluteUrl,
  inLanguage: languageTag,
  potentialAction: z.strictObject({
    '@type': z.literal('SearchAction'),
    target: z.strictObject({
      '@type': z.literal('EntryPoint'),
      urlTemplate: z.string().regex(/^https?:\/\/[^\s{}]+\?q=\{search_term_string\}$/, {
        error: 'expected the search URL ending in ?q={search_term_string}',
      }),
    }),
    // Google's sitelinks search box; the page adds it beside what webSiteData builds.
    'query-input': z.literal('required name=search_term_string').optional(),
  }),
});

/** Every kind of block the site prints; each is told apart by its @type. */
export const jsonLdSchema = z.discriminatedUnion('@type', [newsArticleSchema, webSiteSchema]);

export type NewsArticleJsonLd = z.infer<typeof newsArticleSchema>;
export type WebSiteJsonLd = z.infer<typeof webSiteSchema>;
export type JsonLd = z.infer<typeof jsonLdSchema>;

/**
 * Parses every `<script type="application/ld+json">` in a page's HTML with the schema; a block
 * that does not match throws, naming the path of each problem.
 */
export function readJsonLd(html: string): JsonLd[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((match) =>
    jsonLdSchema.parse(JSON.parse(match[1] ?? '')),
  );
}
