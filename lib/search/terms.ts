// How text becomes search terms. The index, the query and the highlighter all go through these
// two functions, so whatever matched is exactly what gets marked on the page.
import { foldArabicScript } from '../text/normalize';

/** Longest query kept, in characters: enough for any real search, too short to be a workload. */
export const maxQueryLength = 200;

// Letters, digits and combining marks of any script (Sorani, Arabic, Cyrillic as much as Latin);
// everything else (spaces, punctuation, apostrophes, hyphens) separates words. Invisible format
// characters (\p{Cf}: zero-width non-joiner, joiner, bidi marks, soft hyphen) belong to the word
// they sit in: Sorani and Persian type a non-joiner inside words (به‌ڵام), and splitting there
// would index half-words. toTerm then drops them.
const wordPattern = /[\p{L}\p{N}\p{M}\p{Cf}]+/gu;

// Words too common to tell articles apart. Kept out of the index and out of queries, so
// "the oil" means "oil", and "the" alone does not expand (as a prefix) to half the vocabulary.
const stopWords = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'for',
  'from',
  'in',
  'is',
  'it',
  'its',
  'of',
  'on',
  'or',
  's',
  'that',
  'the',
  'to',
  'was',
  'were',
  'with',
]);

export type WordSpan = { start: number; end: number; word: string };

/** The words of a text, before toTerm makes them terms. */
export function tokenize(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

/** The words of a text with their positions, for highlighting. */
export function wordSpans(text: string): WordSpan[] {
  return Array.from(text.matchAll(wordPattern), (match) => ({
    start: match.index,
    end: match.index + match[0].length,
    word: match[0],
  }));
}

const nonAscii = /[^\x00-\x7f]/;

/**
 * A word as it is indexed and searched: lower-cased, with accents and other combining marks
 * removed ("Erbîl" and "erbil", "Café" and "cafe" are one term), and Arabic-script text folded
 * as screening folds it (lib/text/normalize.ts: keyboard variants ي/ی and ك/ک, tatweel, harakat,
 * hidden characters), plus the Sorani letters a reader's keyboard may lack (ە typed as ه, ێ as ی,
 * ۆ as و, ڕ as ر, ڵ as ل); null for a stop word or a word of only invisible characters.
 */
export function toTerm(word: string): string | null {
  // Most words are plain ASCII; skipping Unicode normalization for them halves the index build.
  const folded = nonAscii.test(word)
    ? foldArabicScript(word, 'search').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    : word.toLowerCase();
  return folded === '' || stopWords.has(folded) ? null : folded;
}

/** The query as searched and shown: trimmed, spaces collapsed, at most maxQueryLength characters. */
export function normalizeQuery(raw: string): string {
  const collapsed = raw.replace(/\s+/g, ' ').trim();
  // Cut by code points, so a character outside the BMP is never split in half.
  return Array.from(collapsed).slice(0, maxQueryLength).join('').trim();
}
