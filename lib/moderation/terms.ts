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
import { normaliseTerm } from './term-matcher';
import { rejectionCategories } from './types';

// Two spellings that match the same comments ("Kill you", "kill  you") are one term listed twice.
function rejectDuplicates(terms: readonly string[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  terms.forEach((term, index) => {
    const key = normaliseTerm(term);
    if (seen.has(key))
      ctx.addIssue({ code: 'custom', path: [index], message: `"${term}" is listed twice` });
    seen.add(key);
  });
}

const term = z.string().trim().min(1);

// An editor who empties a list often leaves `banned:` with nothing after it, which YAML reads as null.
const termList = z
  .array(term)
  .nullish()
  .transform((terms) => terms ?? [])
  .superRefine(rejectDuplicates);

const bannedTerm = z.strictObject({ term, category: z.enum(rejectionCategories) });

const abuseFields = ['sexism', 'racism', 'homophobia', 'xenophobia'] as const;
const abuseLists = z.strictObject({
  sexism: termList,
  racism: termList,
  homophobia: termList,
  xenophobia: termList,
});

export const termListsSchema = z.strictObject({
  threat: termList,
  'personal-attack': termList,
  abuse: abuseLists
    .nullish()
    .transform((lists) => lists ?? { sexism: [], racism: [], homophobia: [], xenophobia: [] }),
  banned: z
    .array(bannedTerm)
    .nullish()
    .transform((items) => items ?? [])
    .superRefine((items, ctx) =>
      rejectDuplicates(
        items.map((item) => item.term),
        ctx,
      ),
    ),
});

export type TermLists = z.output<typeof termListsSchema>;

const knownFields = {
  '': Object.keys(termListsSchema.shape),
  abuse: abuseFields,
  banned: Object.keys(bannedTerm.shape),
};

export type TermListsResult = { terms: TermLists; problems: ContentProblem[] };

const noTerms: TermLists = termListsSchema.parse({});

/** Reads the editable screening lists (content/moderation/terms.yaml); problems are returned, not thrown. */
export function loadTermLists(
  absolute: string = contentPath('moderation', 'terms.yaml'),
): TermListsResult {
  const file = displayPath(absolute);
  const read = readYaml(absolute);
  if (!read.ok) return { terms: noTerms, problems: [read.problem] };
  const data = read.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const message = `expected the lists ${knownFields[''].join(', ')} as "name: [terms]" lines`;
    return { terms: noTerms, problems: [{ file, field: 'file', message }] };
  }
  const result = termListsSchema.safeParse(data, { reportInput: true });
  if (!result.success)
    return { terms: noTerms, problems: problemsFromIssues(file, result.error.issues, knownFields) };
  return { terms: result.data, problems: [] };
}

let cached: TermLists | undefined;

/** The term lists for this process, read once; a broken file stops screening loudly rather than silently matching nothing. */
export function getTermLists(): TermLists {
  if (cached) return cached;
  const { terms, problems } = loadTermLists();
  if (problems.length > 0) throw new ContentError(problems);
  cached = terms;
  return terms;
}
