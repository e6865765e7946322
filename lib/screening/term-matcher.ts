// Matches editors' term lists against comments the way a reader would read them: ignoring case,
// width and compatibility forms, hidden characters, harakat and tatweel, keyboard variants of
// Arabic-script letters, look-alike letters and l33t (lib/text), curly apostrophes and extra
// spaces, and only as whole words, so "ass" never matches "class". Evidence is always cut from
// the body exactly as written.
import { isEditionCode } from '../editions';
import { foldForScreening } from '../text/look-alikes';
import {
  letterRulesFor,
  originalSlice,
  type LetterRules,
  type MappedText,
} from '../text/normalize';

import type { TermCatalog, TermLists } from './types';

/** The lists matched in a comment in `lang`: the shared lists, then its language's own. */
export function listsFor(catalog: TermCatalog, lang: string | undefined): TermLists[] {
  const own = lang !== undefined && isEditionCode(lang) ? catalog.byLanguage[lang] : undefined;
  return own ? [catalog.shared, own] : [catalog.shared];
}

export type MatchableText = MappedText & { rules: LetterRules };

/** A comment in the form terms are compared with, under the letter rules of its language. */
export function toMatchable(original: string, lang: string | undefined): MatchableText {
  const rules = letterRulesFor(lang);
  return { ...foldForScreening(original, rules), rules };
}

/** A term in the form comments are compared with: the same fold, spaces collapsed. */
export function normaliseTerm(term: string, rules: LetterRules): string {
  return foldForScreening(term, rules).text.trim().replace(/\s+/g, ' ');
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

// Keyed by the list itself and the letter rules: a term list is read once per process, so each
// list compiles once per language it is matched in.
const compiled = new WeakMap<readonly string[], Map<LetterRules, RegExp | null>>();

/** One regular expression for a whole list, longest terms first so the fullest phrase is the evidence. */
export function compileTerms(terms: readonly string[], rules: LetterRules): RegExp | null {
  let byRules = compiled.get(terms);
  if (!byRules) {
    byRules = new Map();
    compiled.set(terms, byRules);
  }
  const cached = byRules.get(rules);
  if (cached !== undefined) return cached;
  const alternatives = [...new Set(terms.map((term) => normaliseTerm(term, rules)))]
    .filter((term) => term !== '')
    .sort((a, b) => b.length - a.length)
    .map((term) => term.split(' ').map(escape).join('\\s+'));
  const pattern =
    alternatives.length === 0
      ? null
      : new RegExp(
          `(?<![\\p{L}\\p{M}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}\\p{N}])`,
          'gu',
        );
  byRules.set(rules, pattern);
  return pattern;
}

/** Every place a list matches, as the original text at that place. */
export function findTerms(matchable: MatchableText, terms: readonly string[]): string[] {
  const pattern = compileTerms(terms, matchable.rules);
  if (pattern === null) return [];
  return Array.from(matchable.text.matchAll(pattern), (match) =>
    originalSlice(matchable, match.index, match.index + match[0].length),
  );
}
