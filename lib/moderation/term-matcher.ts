// Matches editors' term lists against comments the way a reader would read them: ignoring case,
// width and compatibility forms (NFKC), curly apostrophes and extra spaces, and only as whole words,
// so "ass" never matches "class". Evidence is always cut from the body exactly as written.

const apostrophes = /[\u2018\u2019\u02BC\uFF07]/g;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A term or text in the form both sides are compared in. */
export function normaliseTerm(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(apostrophes, "'").trim().replace(/\s+/g, ' ');
}

/** Normalised text plus, for each of its code units, where that character sits in the original. */
export type MatchableText = { original: string; text: string; start: number[]; end: number[] };

export function toMatchable(original: string): MatchableText {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  // Normalising one grapheme at a time keeps every normalised character traceable to its source,
  // even when NFKC or lowercasing changes the length ("ﬁ" becomes "fi", "İ" becomes "i̇").
  for (const { segment, index } of graphemes.segment(original)) {
    const normalised = segment.normalize('NFKC').toLowerCase().replace(apostrophes, "'");
    for (let k = 0; k < normalised.length; k++) {
      start.push(index);
      end.push(index + segment.length);
    }
    text += normalised;
  }
  return { original, text, start, end };
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

// Keyed by the list itself: a TermLists object is read once per process, so each list compiles once.
const compiled = new WeakMap<readonly string[], RegExp | null>();

/** One regular expression for a whole list, longest terms first so the fullest phrase is the evidence. */
export function compileTerms(terms: readonly string[]): RegExp | null {
  const cached = compiled.get(terms);
  if (cached !== undefined) return cached;
  const alternatives = [...new Set(terms.map(normaliseTerm))]
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
  compiled.set(terms, pattern);
  return pattern;
}

/** Every place the list matches, as the original text at that place. */
export function findTerms(matchable: MatchableText, pattern: RegExp | null): string[] {
  if (pattern === null) return [];
  return Array.from(matchable.text.matchAll(pattern), (match) => {
    const first = matchable.start[match.index] ?? 0;
    const last = matchable.end[match.index + match[0].length - 1] ?? first;
    return matchable.original.slice(first, last);
  });
}
