import 'server-only';
import bidiFactory, { type BidiCharTypeName } from 'bidi-js';
import { harfbuzz } from './engines';
import { pickFont, type ShippedFont } from './fonts';

// Text is laid out the way a browser would: the Unicode bidirectional algorithm (bidi-js) gives
// each character a level, the text splits into runs of one level and one font, HarfBuzz shapes
// each run (Arabic joining, marks, ligatures, kerning; mirrored brackets in right-to-left runs),
// and each line's runs are put in visual order (UAX #9, rule L2).

const bidi = bidiFactory();
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export type Paragraph = {
  text: string;
  dir: 'ltr' | 'rtl';
  lang: string;
  levels: Uint8Array;
  /** The font of each UTF-16 unit of `text` (undefined for none: the sanitizer removed those). */
  fonts: (ShippedFont | undefined)[];
};

export type PlacedGlyph = { font: ShippedFont; glyph: number; x: number; y: number };

export type ShapedLine = {
  /** Glyphs left to right, x and y in pixels from the line's left end and baseline. */
  glyphs: PlacedGlyph[];
  width: number;
};

export function prepareParagraph(
  text: string,
  chain: readonly ShippedFont[],
  dir: 'ltr' | 'rtl',
  lang: string,
): Paragraph {
  const fonts: (ShippedFont | undefined)[] = [];
  let previous: ShippedFont | undefined;
  for (const { segment } of graphemes.segment(text)) {
    const font = pickFont(chain, segment, previous) ?? previous;
    previous = font;
    for (let i = 0; i < segment.length; i++) fonts.push(font);
  }
  return { text, dir, lang, levels: bidi.getEmbeddingLevels(bmpStandIn(text), dir).levels, fonts };
}

// bidi-js reads a string one UTF-16 unit at a time, so each half of an emoji's surrogate pair
// counts as a strong left-to-right letter, and emoji in a Sorani title would come out in
// left-to-right order. Each character outside the BMP is replaced, unit for unit, by a BMP
// character of its own bidi class before the levels are computed.
const standIns: Partial<Record<BidiCharTypeName, string>> = {
  R: '\u05d0',
  AL: '\u0627',
  EN: '0',
  AN: '\u0660',
  ES: '+',
  ET: '#',
  CS: ',',
  NSM: '\u0300',
  BN: '\u00ad',
  WS: ' ',
  ON: '!',
};

function bmpStandIn(text: string): string {
  return text.replace(/[\u{10000}-\u{10ffff}]/gu, (char) => {
    const standIn = standIns[bidi.getBidiCharTypeName(char)] ?? 'a';
    return standIn + standIn;
  });
}

type Run = { start: number; end: number; level: number; font: ShippedFont };

function itemize(paragraph: Paragraph, start: number, end: number): Run[] {
  const runs: Run[] = [];
  for (let i = start; i < end; i++) {
    const font = paragraph.fonts[i];
    const level = paragraph.levels[i] ?? 0;
    if (!font) continue;
    const last = runs.at(-1);
    if (last && last.end === i && last.font === font && last.level === level) last.end = i + 1;
    else runs.push({ start: i, end: i + 1, level, font });
  }
  return runs;
}

/** Rule L2: from the highest level down to the lowest odd one, reverse each stretch at or above it. */
function visualOrder(runs: Run[]): Run[] {
  const order = [...runs];
  const levels = order.map((run) => run.level);
  const highest = Math.max(0, ...levels);
  const lowestOdd = Math.min(...levels.map((level) => (level % 2 === 1 ? level : level + 1)));
  for (let level = highest; level >= lowestOdd; level--) {
    let i = 0;
    while (i < order.length) {
      if ((order[i]?.level ?? 0) < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < order.length && (order[j]?.level ?? 0) >= level) j++;
      order.splice(i, j - i, ...order.slice(i, j).reverse());
      i = j;
    }
  }
  return order;
}

/**
 * Shapes the text between two UTF-16 offsets as one line at a font size in pixels. Letter
 * spacing is added to Latin glyphs only: spacing Arabic letters apart would break their joins.
 */
export function shapeLine(
  paragraph: Paragraph,
  start: number,
  end: number,
  size: number,
  letterSpacing = 0,
): ShapedLine {
  const glyphs: PlacedGlyph[] = [];
  let x = 0;
  for (const run of visualOrder(itemize(paragraph, start, end))) {
    const buffer = new harfbuzz.Buffer();
    // The whole paragraph goes in as context, so letters join across a run's edges.
    buffer.addText(paragraph.text, run.start, run.end - run.start);
    buffer.setDirection(run.level % 2 === 1 ? harfbuzz.Direction.RTL : harfbuzz.Direction.LTR);
    buffer.setLanguage(paragraph.lang);
    buffer.guessSegmentProperties();
    harfbuzz.shape(run.font.font, buffer);
    const scale = size / run.font.unitsPerEm;
    const spacing = run.font.arabic || run.font.emoji ? 0 : letterSpacing;
    for (const info of buffer.getGlyphInfosAndPositions()) {
      const advance = (info.xAdvance ?? 0) * scale;
      glyphs.push({
        font: run.font,
        glyph: info.codepoint,
        x: x + (info.xOffset ?? 0) * scale,
        y: -(info.yOffset ?? 0) * scale,
      });
      x += advance + (advance > 0 ? spacing : 0);
    }
  }
  return { glyphs, width: x };
}
