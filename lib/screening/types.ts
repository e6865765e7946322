import type { EditionCode } from '../editions';

/** Why a moderator may reject a comment: the community guidelines' categories. */
export const rejectionCategories = [
  'profanity',
  'threat',
  'personal-attack',
  'vulgarity',
  'abuse',
  'promotion',
  'off-topic',
  'other',
] as const;
export type RejectionCategory = (typeof rejectionCategories)[number];

/** What a screening flag is about. */
export const flagCategories = [
  'promotion',
  'profanity',
  'vulgarity',
  'threat',
  'personal-attack',
  'abuse',
  'shouting',
  'repeated',
  'banned',
] as const;
export type FlagCategory = (typeof flagCategories)[number];

/** Every category a moderator or a comment's author may read a name for: the catalogs' keys. */
export type GuidelineCategory = RejectionCategory | FlagCategory;

export type Flag = {
  /** Name of the phase that raised it, e.g. 'promotion'. */
  phase: string;
  category: FlagCategory;
  /** The exact text of the comment that matched (a substring of the body as written), so the moderator sees why. */
  evidence: string;
  /** Short human explanation, e.g. 'link', 'email address', 'phone number', 'sexism', 'same text posted 2 times in 24 hours'. */
  reason: string;
};

export type ScreeningContext = {
  /** Comment text exactly as submitted. */
  body: string;
  /**
   * The comment's language: its article's edition code (`ckb`, `ar`, `en`…). It picks the term
   * lists and which Arabic-script letters count as one (ه and ە are two letters in Sorani).
   */
  lang: string;
  authorName: string;
  /** Milliseconds since the epoch: the clock, injected so phases stay pure and testable. */
  now: number;
  /** Comments by the same email or the same client in the last 24 hours (before this one). */
  recent: readonly { body: string; createdAt: number }[];
  terms: TermCatalog;
};

export type PhaseResult = {
  flags: Flag[];
  /** Set only by the banned-terms phase: the comment is rejected automatically with this category. */
  reject?: { category: RejectionCategory; evidence: string };
};

/** A screening step that sees only the context fields `K` it declares. */
export type Phase<K extends keyof ScreeningContext = keyof ScreeningContext> = {
  name: string;
  run: (context: Pick<ScreeningContext, K>) => PhaseResult;
};

export type Verdict = {
  /** All flags from all phases, in phase order. */
  flags: Flag[];
  /** The first automatic rejection, if any. */
  reject?: { category: RejectionCategory; evidence: string };
};

/** The kinds of abuse the term lists name one by one. */
export const abuseKinds = ['sexism', 'racism', 'homophobia', 'xenophobia'] as const;

/**
 * One term file's lists, as lib/screening/terms.ts parses them (its schema is checked against
 * this type). Written here, not inferred there, so the phases and the matcher can name it
 * without importing the loader that imports them.
 */
export type TermLists = {
  profanity: string[];
  threat: string[];
  'personal-attack': string[];
  abuse: Record<(typeof abuseKinds)[number], string[]>;
  banned: { term: string; category: RejectionCategory }[];
};

/**
 * Every term file. terms.yaml is matched in every comment: English insults turn up under
 * articles in any language. terms.<code>.yaml (terms.ckb.yaml, terms.ar.yaml) is matched only in
 * comments on that edition's articles, under that language's letter rules.
 */
export type TermCatalog = {
  shared: TermLists;
  byLanguage: Partial<Record<EditionCode, TermLists>>;
};
