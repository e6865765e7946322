import { readFileSync } from 'node:fs';
import { create, type FontkitFont } from 'fontkit';
import { describe, expect, test } from 'vitest';
import { fontChain, type TextStyle } from '@/lib/og/fonts';
import { sanitizeText } from '@/lib/og/sanitize';
import { sampleTitles } from './samples';

// Every character of a title is either drawn from a shipped font (checked with fontkit, a
// second reader of the very files the renderer uses) or reported as removed: nothing is left
// for a renderer to look up elsewhere.

function fontkitFont(file: string): FontkitFont {
  const font = create(readFileSync(file));
  if ('fonts' in font) throw new Error(`${file} is a collection`);
  return font;
}

const codePoints = (text: string) => [...text].map((char) => char.codePointAt(0) ?? 0);

const cases = Object.entries(sampleTitles).flatMap(([name, title]) =>
  (['serif-bold', 'sans-regular'] satisfies TextStyle[]).flatMap((style) =>
    (['ltr', 'rtl'] as const).map((dir) => ({ name, title, style, dir })),
  ),
);

describe('every character of a title is drawn from a shipped font or reported dropped', () => {
  test.each(cases)('$name, $style, $dir', ({ title, style, dir }) => {
    const chain = fontChain(style, dir);
    const fonts = chain.map((font) => fontkitFont(font.file));
    const { text, dropped } = sanitizeText(title, chain);

    const uncovered = codePoints(text).filter(
      (cp) => !fonts.some((font) => font.hasGlyphForCodePoint(cp)),
    );
    expect(uncovered.map((cp) => cp.toString(16))).toEqual([]);

    // Nothing vanishes silently: what the output lacks, the report names.
    const left = [...text];
    const unaccounted = [...title.normalize('NFC')].filter((char) => {
      const at = left.indexOf(char);
      if (at !== -1) return (void left.splice(at, 1), false);
      const reported = dropped.indexOf(char);
      if (reported !== -1) return (void dropped.splice(reported, 1), false);
      return char !== ' ';
    });
    expect(unaccounted).toEqual([]);
  });
});

describe('what is kept and what is dropped', () => {
  const chain = fontChain('serif-bold', 'ltr');

  test('the letters of every edition are kept', () => {
    for (const name of ['english', 'sorani', 'arabic', 'turkish', 'kurmanji'] as const) {
      const result = sanitizeText(sampleTitles[name], chain);
      expect(result.dropped, name).toEqual([]);
      expect(result.text, name).toBe(sampleTitles[name].normalize('NFC'));
    }
  });

  test('emoji sequences the font draws as one glyph are kept whole', () => {
    const { text, dropped } = sanitizeText(sampleTitles.emoji, chain);
    for (const sequence of ['👨‍👩‍👧', '🇮🇶', '👍🏽', '🎉']) expect(text).toContain(sequence);
    expect(dropped).toEqual([]);
  });

  test('CJK is dropped and reported, and the spaces around it collapse', () => {
    expect(sanitizeText(sampleTitles.cjk, chain)).toEqual({
      text: 'Erbil news',
      dropped: ['中', '文', '日', '本'],
    });
  });

  test('an emoji sequence the font cannot draw whole keeps its base emoji', () => {
    // Thumbs up + ZWJ + party popper is one grapheme but no emoji: the hand stays.
    const { text, dropped } = sanitizeText('a 👍\u200d🎉 b', chain);
    expect(text).toBe('a 👍 b');
    expect(dropped).toEqual(['\u200d', '🎉']);
  });
});
