import 'server-only';
import * as z from 'zod';
import {
  ContentError,
  contentPath,
  displayPath,
  problemsFromIssues,
  readYaml,
  type ContentProblem,
} from '../content';
import { defaultEdition, editionCodes, editionFor, isEditionCode } from '../editions';
import { slugPattern } from '../text/patterns';

const translatedCodes = () => editionCodes().filter((code) => code !== defaultEdition);

// A section's name and description in the other editions' languages, keyed by edition code.
// English stays in `name` and `description`, so `en` here would be a second place for them.
const translations = z.record(z.string(), z.string().trim().min(1)).superRefine((map, ctx) => {
  for (const code of Object.keys(map)) {
    if (isEditionCode(code) && code !== defaultEdition) continue;
    ctx.addIssue({
      code: 'custom',
      path: [code],
      message:
        code === defaultEdition
          ? "English goes in the section's name and description fields, not here"
          : `unknown language code: expected one of the site's other editions (${translatedCodes().join(', ')})`,
    });
  }
});

const sectionSchema = z.strictObject({
  slug: z.string().regex(slugPattern, {
    error: 'expected lowercase letters, digits and single hyphens, like middle-east',
  }),
  name: z.string().trim().min(1),
  description: z.string().trim().min(1).optional(),
  names: translations.optional(),
  descriptions: translations.optional(),
});

export type Section = z.infer<typeof sectionSchema>;

export type SectionsResult = { sections: Section[]; problems: ContentProblem[] };

/** Reads content/sections.yaml, the one list an article's `section` must come from. */
export function loadSections(absolute: string = contentPath('sections.yaml')): SectionsResult {
  const file = displayPath(absolute);
  const read = readYaml(absolute);
  if (!read.ok) return { sections: [], problems: [read.problem] };
  const data = read.data;
  const result = z.array(sectionSchema).min(1).safeParse(data, { reportInput: true });
  if (!result.success) {
    return {
      sections: [],
      problems: problemsFromIssues(file, result.error.issues, {
        '': Object.keys(sectionSchema.shape),
      }),
    };
  }
  const seen = new Set<string>();
  const problems: ContentProblem[] = [];
  result.data.forEach((section, index) => {
    if (seen.has(section.slug))
      problems.push({
        file,
        field: `${index}.slug`,
        message: `duplicate section "${section.slug}"`,
      });
    seen.add(section.slug);
  });
  return { sections: result.data, problems };
}

let cached: Section[] | undefined;

function readSections(): Section[] {
  if (cached) return cached;
  const { sections, problems } = loadSections();
  if (problems.length > 0) throw new ContentError(problems);
  cached = sections;
  return sections;
}

const localized = new Map<string, Section[]>();

/**
 * The sections as an edition shows them: `name` and `description` in its language (English
 * where a translation is missing), in menu order. Without a language, as written in English.
 */
export function listSections(lang?: string): Section[] {
  const sections = readSections();
  if (lang === undefined) return sections;
  const code = editionFor(lang).code;
  let list = localized.get(code);
  if (!list) {
    list = sections.map((section) => {
      const description = sectionDescription(section, code);
      return {
        ...section,
        name: sectionName(section, code),
        ...(description === undefined ? {} : { description }),
      };
    });
    localized.set(code, list);
  }
  return list;
}

/** A section by its slug, named in an edition's language when one is given. */
export function getSection(slug: string, lang?: string): Section | undefined {
  return listSections(lang).find((section) => section.slug === slug);
}

/** A section's name in an edition's language, or its English name when not yet translated. */
export function sectionName(section: Section, lang: string = defaultEdition): string {
  return section.names?.[editionFor(lang).code] ?? section.name;
}

/** A section's description in an edition's language, falling back to the English one. */
export function sectionDescription(
  section: Section,
  lang: string = defaultEdition,
): string | undefined {
  return section.descriptions?.[editionFor(lang).code] ?? section.description;
}
