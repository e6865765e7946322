import 'server-only';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import { editionCodes, isEditionCode } from '../editions';
import { letterRulesFor, type LetterRules } from '../text/normalize';
import {
  ContentError,
  contentPath,
  displayPath,
  problemsFromIssues,
  readYaml,
  type ContentProblem,
} from '../content';
import { normaliseTerm } from './term-matcher';
import { abuseKinds, rejectionCategories, type TermCatalog, type TermLists } from './types';

export type { TermCatalog, TermLists };

// Two spellings that match the same comments ("Kill you", "kill  you", كلب and کلب) are one term
// listed twice. Which spellings those are depends on the file's language.
function rejectDuplicates(
  terms: readonly string[],
  ctx: z.RefinementCtx,
  rules: LetterRules,
): void {
  const seen = new Set<string>();
  terms.forEach((term, index) => {
    const key = normaliseTerm(term, rules);
    if (seen.has(key))
      ctx.addIssue({ code: 'custom', path: [index], message: `"${term}" is listed twice` });
    seen.add(key);
  });
}

const term = z.string().trim().min(1);

const bannedTerm = z.strictObject({ term, category: z.enum(rejectionCategories) });

/** The lists of one file, with duplicates judged by the letter rules of the file's language. */
export function termFileSchema(rules: LetterRules) {
  // An editor who empties a list often leaves `banned:` with nothing after it, which YAML reads as null.
  const termList = z
    .array(term)
    .nullish()
    .transform((terms) => terms ?? [])
    .superRefine((terms, ctx) => rejectDuplicates(terms, ctx, rules));
  const abuseLists = z.strictObject({
    sexism: termList,
    racism: termList,
    homophobia: termList,
    xenophobia: termList,
  });
  return z.strictObject({
    // Swearing in languages the built-in English profanity filter does not read.
    profanity: termList,
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
          rules,
        ),
      ),
  });
}

/** The shared file's schema (terms.yaml, matched in every language). */
export const termListsSchema = termFileSchema('other') satisfies z.ZodType<TermLists, unknown>;

const knownFields = {
  '': Object.keys(termListsSchema.shape),
  abuse: abuseKinds,
  banned: Object.keys(bannedTerm.shape),
};

export type TermListsResult = { terms: TermLists; problems: ContentProblem[] };

export type TermCatalogResult = { catalog: TermCatalog; problems: ContentProblem[] };

const noTerms: TermLists = termListsSchema.parse({});

const languageFile = /^terms\.([^.]+)\.yaml$/;

/** The edition a term file is for, from its name (`terms.ckb.yaml`); undefined for terms.yaml. */
function fileLanguage(absolute: string): string | undefined {
  return languageFile.exec(path.basename(absolute))?.[1];
}

/** Reads one editable screening list file; problems are returned, not thrown. */
export function loadTermLists(
  absolute: string = contentPath('moderation', 'terms.yaml'),
): TermListsResult {
  const file = displayPath(absolute);
  const schema = termFileSchema(letterRulesFor(fileLanguage(absolute)));
  const read = readYaml(absolute);
  if (!read.ok) return { terms: noTerms, problems: [read.problem] };
  const data = read.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const message = `expected the lists ${knownFields[''].join(', ')} as "name: [terms]" lines`;
    return { terms: noTerms, problems: [{ file, field: 'file', message }] };
  }
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success)
    return { terms: noTerms, problems: problemsFromIssues(file, result.error.issues, knownFields) };
  return { terms: result.data, problems: [] };
}

/** Reads terms.yaml and every terms.<code>.yaml beside it; problems are returned, not thrown. */
export function loadTermCatalog(folder: string = contentPath('moderation')): TermCatalogResult {
  const shared = loadTermLists(path.join(folder, 'terms.yaml'));
  const problems = [...shared.problems];
  const byLanguage: TermCatalog['byLanguage'] = {};
  let names: string[] = [];
  try {
    names = readdirSync(folder).sort();
  } catch {
    // Already reported: terms.yaml in the same folder could not be read.
  }
  for (const name of names) {
    const code = languageFile.exec(name)?.[1];
    if (code === undefined) continue;
    const absolute = path.join(folder, name);
    if (!isEditionCode(code)) {
      problems.push({
        file: displayPath(absolute),
        field: 'file',
        message: `"${code}" is not an edition: name the file terms.<code>.yaml with one of ${editionCodes().join(', ')}`,
      });
      continue;
    }
    const result = loadTermLists(absolute);
    problems.push(...result.problems);
    byLanguage[code] = result.terms;
  }
  return { catalog: { shared: shared.terms, byLanguage }, problems };
}

let cached: TermCatalog | undefined;

/** Every term list for this process, read once; a broken file stops screening loudly rather than silently matching nothing. */
export function getTermLists(): TermCatalog {
  if (cached) return cached;
  const { catalog, problems } = loadTermCatalog();
  if (problems.length > 0) throw new ContentError(problems);
  cached = catalog;
  return catalog;
}
