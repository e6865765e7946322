// Text as a reader reads it, for matching: the same words however they were typed. Screening
// (lib/moderation) and search (lib/search) both go through foldArabicScript, so a variant letter
// or a hidden character that defeats one cannot defeat the other.
//
// Pure: no server-only imports, safe anywhere.

/**
 * Which letters count as one. Sorani and Arabic write with the same script but do not agree on
 * which shapes are the same letter, so screening folds by the comment's language; search looks
 * across every edition at once and folds the most.
 */
export type LetterRules = 'sorani' | 'arabic' | 'other' | 'search';

/** The rules for a language tag (an edition code such as `ckb` or `ar`). */
export function letterRulesFor(lang: string | undefined): LetterRules {
  const base = lang?.split('-')[0]?.toLowerCase();
  if (base === 'ckb') return 'sorani';
  if (base === 'ar') return 'arabic';
  return 'other';
}

// Keyboards differ in which code point they type for the same letter: Arabic layouts type
// ي U+064A and ك U+0643, Persian and Kurdish layouts ی U+06CC and ک U+06A9; ى U+0649 is the
// same letter in Kurdish, and in everyday Arabic writing, which swaps it with ي freely (على/علي).
// ھ U+06BE is the h of the Kurdish standard, ه U+0647 the h of most keyboards: one letter in
// Sorani and in Arabic. In every language the site publishes these are one letter.
const common: Record<string, string> = {
  '\u0649': '\u064A', // ى
  '\u06CC': '\u064A', // ی
  '\u06A9': '\u0643', // ک → ك
  '\u06BE': '\u0647', // ھ → ه
};

// Arabic has no ە: in an Arabic comment it can only be a Kurdish keyboard's ه. Hamza on alef
// (أ إ آ ٱ) is routinely left off in informal Arabic (انت for أنت), so it does not tell words
// apart. ة and ه stay apart: they are different letters and different words (حماة, حماه).
const arabic: Record<string, string> = {
  ...common,
  '\u06D5': '\u0647', // ە → ه
  '\u0623': '\u0627', // أ → ا
  '\u0625': '\u0627', // إ → ا
  '\u0622': '\u0627', // آ → ا
  '\u0671': '\u0627', // ٱ → ا
};

// Sorani keeps ە/ه, ڕ/ر, ڵ/ل, ۆ/و and ێ/ی apart: each pair is two letters, and words differ by
// them alone (کور blind, کوڕ boy). Screening in Sorani therefore folds only `common`. Search
// folds them too, on purpose: a reader on an Arabic or Persian keyboard has no key for ە, ێ, ۆ,
// ڕ or ڵ and types the letter next to it (ههولیر for هەولێر). A search that also finds the
// other word of a minimal pair is a small cost; one that finds nothing is the larger one.
const search: Record<string, string> = {
  ...arabic,
  '\u06CE': '\u064A', // ێ → ي
  '\u06C6': '\u0648', // ۆ → و
  '\u0695': '\u0631', // ڕ → ر
  '\u06B5': '\u0644', // ڵ → ل
};

// One character class per table, made from its keys, so a letter added there is also found.
const withPattern = (table: Record<string, string>) => ({
  table,
  pattern: new RegExp(`[${Object.keys(table).join('')}]`, 'gu'),
});

const letters: Record<LetterRules, { table: Record<string, string>; pattern: RegExp }> = {
  sorani: withPattern(common),
  arabic: withPattern(arabic),
  other: withPattern(common),
  search: withPattern(search),
};

// Characters that change how text looks but not which word it is: every default-ignorable
// code point (zero-width joiner and non-joiner, bidi controls U+200E/F, U+202A–E, U+2066–9,
// the Arabic letter mark, soft hyphen, variation selectors, BOM), tatweel (the stretching
// line in كـلـب), and Arabic harakat and Quranic marks (U+0610–061A, U+064B–065F, U+0670,
// U+06D6–06ED, U+08CA–08FF), which most text leaves out anyway.
const invisible =
  /[\p{Default_Ignorable_Code_Point}\u0640\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u08CA-\u08E1\u08E3-\u08FF]/gu;

// Before Unicode had ە, Sorani was typed as ه followed by a zero-width non-joiner (به‌ڵام), and
// old keyboards still do it. Read that pair as the ە it stands for before the joiner is dropped.
const legacyAe = /\u0647\u200C/g;

/**
 * Text with compatibility forms unified (NFKC: fullwidth letters, Arabic presentation forms),
 * invisible characters, tatweel and harakat removed, and the Arabic-script letters that are one
 * letter under `rules` written one way. Case is left alone: callers fold it as they need.
 */
export function foldArabicScript(text: string, rules: LetterRules): string {
  let folded = text.normalize('NFKC');
  if (rules === 'sorani') folded = folded.replace(legacyAe, '\u06D5');
  const { table, pattern } = letters[rules];
  return folded.replace(invisible, '').replace(pattern, (letter) => table[letter] ?? letter);
}

/** Folded text plus, for each of its code units, where the character it came from sits in the original. */
export type MappedText = {
  original: string;
  text: string;
  /** Start (inclusive) in `original` of the character code unit i of `text` came from. */
  start: number[];
  /** End (exclusive) in `original` of that character. */
  end: number[];
};

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * `fold` applied to `original` one grapheme at a time, remembering where each output code unit
 * came from, so a match in the folded text can be shown as the text was written. Graphemes keep
 * a letter with its marks and joiners ("كَ", "ه‌"), and a removed character maps to nothing.
 */
export function mapText(original: string, fold: (segment: string) => string): MappedText {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  for (const { segment, index } of graphemes.segment(original)) {
    const folded = fold(segment);
    for (let k = 0; k < folded.length; k++) {
      start.push(index);
      end.push(index + segment.length);
    }
    text += folded;
  }
  return { original, text, start, end };
}

/** The original text behind folded code units `from` (inclusive) to `to` (exclusive). */
export function originalSlice(mapped: MappedText, from: number, to: number): string {
  const first = mapped.start[from] ?? 0;
  const last = mapped.end[to - 1] ?? first;
  return mapped.original.slice(first, last);
}
