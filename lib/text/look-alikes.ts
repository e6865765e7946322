// The screening-only fold on top of foldArabicScript: text written to look like a word without
// being it. Search does not use this: a reader searching for "k1ll" means those characters.
import { resolveConfusablesTransformer } from 'obscenity';
import { foldArabicScript, mapText, type LetterRules, type MappedText } from './normalize';

// obscenity's confusables table (the same one the profanity phase uses) maps Cyrillic а, Greek ο
// and hundreds more to Latin. It also maps Arabic letters (ا to "i", ل to "J") and strips Latin
// accents (î to "i"), which would fold Sorani words into Latin and Kurmanji kîr into kir, so it
// is applied only to letters of other scripts.
const confusables = resolveConfusablesTransformer();
const ownScript = /[\p{Script=Latin}\p{Script=Arabic}\p{Script=Common}\p{Script=Inherited}]/u;

function resolveConfusables(segment: string): string {
  let out = '';
  for (const char of segment) {
    const code = char.codePointAt(0) ?? 0;
    const resolved = ownScript.test(char) ? code : (confusables.transform(code) ?? code);
    out += String.fromCodePoint(resolved);
  }
  return out;
}

const apostrophes = /[\u2018\u2019\u02BC\uFF07]/g;

// Digits and symbols standing for letters ("id10t", "@ss", "b!tch"). One stands for both i and l
// ("k1ll", "1oser"), so l is read as i everywhere, in the terms as much as in the text.
const leet: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'i',
  l: 'i',
};
const word = /[\p{L}\p{N}\p{M}@$!|']+/gu;
const letter = /\p{L}/u;

// Only inside a word that has a letter: "1945" and "100%" stay numbers. "!" and "|" only between
// characters of the word, since "idiot!" ends a sentence; "@" and "$" anywhere ("a$$").
function resolveLeet(text: string): string {
  return text.replace(word, (found) => {
    if (!letter.test(found)) return found;
    return Array.from(found, (char, index) => {
      const edge = index === 0 || index === found.length - 1;
      if ((char === '!' || char === '|') && edge) return char;
      return leet[char] ?? char;
    }).join('');
  });
}

/**
 * A comment as screening compares it with the term lists: foldArabicScript under the
 * comment language's rules, lower-cased, curly apostrophes straightened, look-alike letters of
 * other scripts read as Latin, and l33t read as letters. Each folded character still knows
 * where it was written.
 */
export function foldForScreening(original: string, rules: LetterRules): MappedText {
  const mapped = mapText(original, (segment) =>
    resolveConfusables(foldArabicScript(segment, rules).toLowerCase())
      .toLowerCase()
      .replace(apostrophes, "'"),
  );
  // resolveLeet puts one code unit in place of one, so the offsets mapText kept still hold.
  return { ...mapped, text: resolveLeet(mapped.text) };
}
