import { findTerms, listsFor, toMatchable } from '../term-matcher';
import type { Flag, FlagCategory, Phase } from '../types';

type List = { category: FlagCategory; reason: string; terms: readonly string[] };

/**
 * Flags phrases from the newsroom's own lists (content/moderation/terms*.yaml): threats, personal
 * attacks and hateful abuse. Lists catch what a general profanity filter cannot know, like
 * "go back to your country", and editors extend them as the comment section teaches them.
 */
export const abuseTermsPhase: Phase<'body' | 'lang' | 'terms'> = {
  name: 'abuse-terms',
  run: ({ body, lang, terms: catalog }) => {
    const lists = listsFor(catalog, lang).flatMap((terms): List[] => [
      { category: 'profanity', reason: 'swearing', terms: terms.profanity },
      { category: 'threat', reason: 'threat', terms: terms.threat },
      { category: 'personal-attack', reason: 'personal attack', terms: terms['personal-attack'] },
      { category: 'abuse', reason: 'sexism', terms: terms.abuse.sexism },
      { category: 'abuse', reason: 'racism', terms: terms.abuse.racism },
      { category: 'abuse', reason: 'homophobia', terms: terms.abuse.homophobia },
      { category: 'abuse', reason: 'xenophobia', terms: terms.abuse.xenophobia },
    ]);
    const text = toMatchable(body, lang);
    const flags: Flag[] = [];
    for (const { category, reason, terms: list } of lists) {
      for (const evidence of findTerms(text, list))
        flags.push({ phase: 'abuse-terms', category, evidence, reason });
    }
    return { flags };
  },
};
