import { describe, expect, test } from 'vitest';
import { fontChain } from '@/lib/og/fonts';
import { prepareParagraph, shapeLine } from '@/lib/og/shape';

const chain = fontChain('serif-bold', 'rtl');

function line(text: string, dir: 'ltr' | 'rtl', lang: string) {
  const paragraph = prepareParagraph(text, chain, dir, lang);
  return shapeLine(paragraph, 0, text.length, 60);
}

describe('shaping and direction', () => {
  test('Sorani letters join: ڕ ڵ ێ take their joined forms inside a word', () => {
    // The same letters drawn one by one (isolated forms) give other glyphs than the word.
    const word = line('هەڵبژاردن ڕێگە', 'rtl', 'ckb').glyphs.map((g) => g.glyph);
    const isolated = [...'هەڵبژاردن ڕێگە']
      .filter((char) => char !== ' ')
      .flatMap((char) => line(char, 'rtl', 'ckb').glyphs.map((g) => g.glyph));
    expect(word).not.toEqual(isolated.reverse());
    expect(new Set(word).size).toBeGreaterThan(3);
  });

  test('in a right-to-left line the first word is drawn rightmost and Latin keeps its order', () => {
    const shaped = line('ئەمڕۆ Erbil', 'rtl', 'ckb');
    const latin = shaped.glyphs.filter((g) => !g.font.arabic);
    const arabic = shaped.glyphs.filter((g) => g.font.arabic);
    const rightmostLatin = Math.max(...latin.map((g) => g.x));
    const leftmostArabic = Math.min(...arabic.map((g) => g.x));
    // The Arabic-script word comes first in the text, so it sits to the right of "Erbil".
    expect(leftmostArabic).toBeGreaterThan(rightmostLatin);
    // "Erbil" reads left to right: its glyphs' x grow.
    const xs = latin.map((g) => g.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  test('a left-to-right line keeps the typed order', () => {
    const shaped = line('Erbil ئەمڕۆ', 'ltr', 'en');
    const latinRight = Math.max(...shaped.glyphs.filter((g) => !g.font.arabic).map((g) => g.x));
    const arabicLeft = Math.min(...shaped.glyphs.filter((g) => g.font.arabic).map((g) => g.x));
    expect(arabicLeft).toBeGreaterThan(latinRight);
  });

  test('emoji in a right-to-left line follow its order: the first typed is drawn rightmost', () => {
    // bidi-js alone would read each half of an emoji's surrogate pair as a Latin letter.
    const party = line('🎉', 'rtl', 'ckb').glyphs.find((g) => g.font.emoji)?.glyph;
    const shaped = line('ڤیەننا 🎉👨‍👩‍👧 ئەمڕۆ', 'rtl', 'ckb');
    const emoji = shaped.glyphs.filter((g) => g.font.emoji && g.glyph !== 0);
    const partyX = emoji.find((g) => g.glyph === party)?.x ?? -1;
    const otherX = emoji.filter((g) => g.glyph !== party).map((g) => g.x);
    expect(otherX.length).toBeGreaterThan(0);
    expect(partyX).toBeGreaterThan(Math.max(...otherX));
  });
});
