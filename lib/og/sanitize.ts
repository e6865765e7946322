import 'server-only';
import { drawsAsOneGlyph, isEmojiGrapheme, pickFont, type ShippedFont } from './fonts';

// A title may hold any character an editor can type. A character no shipped font has is removed
// here, before layout, so nothing ever asks for a font or an image from elsewhere; the caller
// learns what was removed.

export type SanitizedText = {
  text: string;
  /** Each character removed, in order (one entry per code point). */
  dropped: string[];
};

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const extendedPictographic = /\p{Extended_Pictographic}/u;

function keptGrapheme(grapheme: string, chain: readonly ShippedFont[]): string | undefined {
  for (const form of new Set([grapheme, grapheme.normalize('NFD')])) {
    const font = pickFont(chain, form, undefined);
    if (!font) continue;
    if (font.emoji && [...form].length > 1 && !drawsAsOneGlyph(font, form)) continue;
    return form;
  }
  return undefined;
}

// What is left of a grapheme no font draws whole: an emoji sequence the font does not know
// keeps its base pictograph (a family becomes its first person, a new skin tone the plain hand);
// a letter keeps the marks a font has with it. A lone flag letter or mark means nothing: dropped.
function reducedGrapheme(grapheme: string, chain: readonly ShippedFont[]): string {
  const [base = '', ...rest] = [...grapheme.normalize('NFD')];
  if (isEmojiGrapheme(grapheme)) {
    return extendedPictographic.test(base) && pickFont(chain, base, undefined) ? base : '';
  }
  if (!pickFont(chain, base, undefined)) return '';
  let kept = base;
  for (const mark of rest) {
    if (pickFont(chain, kept + mark, undefined)) kept += mark;
  }
  return kept.normalize('NFC');
}

function removedCharacters(original: string, kept: string): string[] {
  const remaining = [...kept.normalize('NFD')];
  const removed: string[] = [];
  for (const char of original.normalize('NFD')) {
    const at = remaining.indexOf(char);
    if (at === -1) removed.push(char);
    else remaining.splice(at, 1);
  }
  // Report what the editor typed (é, not e + U+0301) when the whole grapheme went.
  return kept === '' ? [...original] : removed;
}

/** The text with every character the fonts of `chain` cannot draw removed, spaces collapsed. */
export function sanitizeText(text: string, chain: readonly ShippedFont[]): SanitizedText {
  const dropped: string[] = [];
  let out = '';
  for (const { segment } of graphemes.segment(text.normalize('NFC'))) {
    if (/^\s+$/u.test(segment)) {
      // Line breaks and tabs in front matter are just spaces on one card; so is any space
      // character a font lacks.
      if (segment !== ' ' && !pickFont(chain, segment, undefined)) dropped.push(...segment);
      out += segment === '\u00a0' && pickFont(chain, segment, undefined) ? segment : ' ';
      continue;
    }
    const kept = keptGrapheme(segment, chain) ?? reducedGrapheme(segment, chain);
    if (kept !== segment) dropped.push(...removedCharacters(segment, kept));
    out += kept;
  }
  return { text: out.replace(/ {2,}/g, ' ').trim(), dropped };
}
