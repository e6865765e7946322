import { findTerms, listsFor, toMatchable } from '../term-matcher';
import type { Flag, Phase, PhaseResult, RejectionCategory, TermLists } from '../types';

type BannedList = TermLists['banned'];

// The banned list is short and grouped by category here once per list, so each category is one pattern.
const byCategory = new WeakMap<BannedList, Map<RejectionCategory, readonly string[]>>();

function groupByCategory(banned: BannedList): Map<RejectionCategory, readonly string[]> {
  let groups = byCategory.get(banned);
  if (!groups) {
    const grouping = new Map<RejectionCategory, string[]>();
    for (const { term, category } of banned)
      grouping.set(category, [...(grouping.get(category) ?? []), term]);
    groups = grouping;
    byCategory.set(banned, groups);
  }
  return groups;
}

/**
 * The only phase that rejects on its own: editors list terms no comment may contain, each with the
 * guideline category the rejection is filed under. Every other phase only informs the moderator.
 */
export const bannedTermsPhase: Phase<'body' | 'lang' | 'terms'> = {
  name: 'banned-terms',
  run: ({ body, lang, terms }): PhaseResult => {
    const lists = listsFor(terms, lang).filter((list) => list.banned.length > 0);
    if (lists.length === 0) return { flags: [] };
    const text = toMatchable(body, lang);
    const flags: Flag[] = [];
    let reject: PhaseResult['reject'];
    for (const list of lists) {
      for (const [category, group] of groupByCategory(list.banned)) {
        for (const evidence of findTerms(text, group)) {
          flags.push({
            phase: 'banned-terms',
            category: 'banned',
            evidence,
            reason: `banned term (${category})`,
          });
          reject ??= { category, evidence };
        }
      }
    }
    return reject ? { flags, reject } : { flags };
  },
};
