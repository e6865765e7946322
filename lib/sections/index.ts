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

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const sectionSchema = z.strictObject({
  slug: z.string().regex(slugPattern, {
    error: 'expected lowercase letters, digits and single hyphens, like middle-east',
  }),
  name: z.string().trim().min(1),
  description: z.string().trim().min(1).optional(),
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

export function listSections(): Section[] {
  if (cached) return cached;
  const { sections, problems } = loadSections();
  if (problems.length > 0) throw new ContentError(problems);
  cached = sections;
  return sections;
}

export function getSection(slug: string): Section | undefined {
  return listSections().find((section) => section.slug === slug);
}
