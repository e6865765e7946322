import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Font } from 'harfbuzzjs';
import { harfbuzz } from './engines';
import { woffToSfnt } from './woff';

// Every glyph of a share image comes from a font file the project installs from npm, so drawing
// one never needs the network. @fontsource splits each family by script ("subsets"); a family
// here is the list of its subsets, tried in order.

export type TextStyle = 'serif-bold' | 'sans-regular' | 'sans-bold';

export type ShippedFont = {
  /** The file name, e.g. `noto-serif-latin-700-normal.woff`. */
  id: string;
  file: string;
  font: Font;
  unitsPerEm: number;
  ascender: number;
  descender: number;
  codePoints: ReadonlySet<number>;
  /** Emoji are drawn from this font only, and only emoji are. */
  emoji: boolean;
  /** Arabic-script runs: no letter spacing (it would break the joins). */
  arabic: boolean;
};

const fontsourceDir = () => path.join(process.cwd(), 'node_modules', '@fontsource');

function fileOf(pkg: string, name: string): string {
  return path.join(fontsourceDir(), pkg, 'files', name);
}

// The families of each style: Latin (basic, then Turkish, Kurdish and other accented letters),
// Arabic script (Sorani and Arabic, with Eastern Arabic digits), and monochrome emoji, whose
// "emoji" subset holds every emoji and the ligatures for sequences (flags, families, skin tones).
const styleFiles: Record<TextStyle, { latin: string[]; arabic: string; emoji: string }> = {
  'serif-bold': {
    latin: [
      fileOf('noto-serif', 'noto-serif-latin-700-normal.woff'),
      fileOf('noto-serif', 'noto-serif-latin-ext-700-normal.woff'),
    ],
    arabic: fileOf('noto-naskh-arabic', 'noto-naskh-arabic-arabic-700-normal.woff'),
    emoji: fileOf('noto-emoji', 'noto-emoji-emoji-700-normal.woff'),
  },
  'sans-regular': {
    latin: [
      fileOf('noto-sans', 'noto-sans-latin-400-normal.woff'),
      fileOf('noto-sans', 'noto-sans-latin-ext-400-normal.woff'),
    ],
    arabic: fileOf('noto-naskh-arabic', 'noto-naskh-arabic-arabic-400-normal.woff'),
    emoji: fileOf('noto-emoji', 'noto-emoji-emoji-400-normal.woff'),
  },
  'sans-bold': {
    latin: [
      fileOf('noto-sans', 'noto-sans-latin-700-normal.woff'),
      fileOf('noto-sans', 'noto-sans-latin-ext-700-normal.woff'),
    ],
    arabic: fileOf('noto-naskh-arabic', 'noto-naskh-arabic-arabic-700-normal.woff'),
    emoji: fileOf('noto-emoji', 'noto-emoji-emoji-700-normal.woff'),
  },
};

const loaded = new Map<string, ShippedFont>();

function loadFont(file: string): ShippedFont {
  const cached = loaded.get(file);
  if (cached) return cached;
  const face = new harfbuzz.Face(new harfbuzz.Blob(woffToSfnt(readFileSync(file))));
  const font = new harfbuzz.Font(face);
  const extents = font.hExtents();
  const id = path.basename(file);
  const shipped: ShippedFont = {
    id,
    file,
    font,
    unitsPerEm: face.upem,
    ascender: extents.ascender,
    descender: extents.descender,
    codePoints: new Set(face.collectUnicodes()),
    emoji: id.startsWith('noto-emoji-'),
    arabic: id.includes('-arabic-arabic-'),
  };
  loaded.set(file, shipped);
  return shipped;
}

/**
 * The fonts a style tries, in order. Right-to-left text starts with the Arabic-script font, so
 * spaces and punctuation between its words take that font's metrics and stay in its runs.
 */
export function fontChain(style: TextStyle, dir: 'ltr' | 'rtl'): ShippedFont[] {
  const files = styleFiles[style];
  const latin = files.latin.map(loadFont);
  const arabic = loadFont(files.arabic);
  const emoji = loadFont(files.emoji);
  return dir === 'rtl' ? [arabic, ...latin, emoji] : [...latin, arabic, emoji];
}

/** Every font file a share image may draw from (for the coverage tests). */
export function shippedFontFiles(): string[] {
  const files = Object.values(styleFiles).flatMap((s) => [...s.latin, s.arabic, s.emoji]);
  return [...new Set(files)];
}

const emojiPattern = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u;

/** A grapheme drawn from the emoji font: a pictograph, a flag or a keycap. */
export function isEmojiGrapheme(grapheme: string): boolean {
  return emojiPattern.test(grapheme);
}

function coversAll(font: ShippedFont, grapheme: string): boolean {
  for (const char of grapheme) {
    if (!font.codePoints.has(char.codePointAt(0) ?? 0)) return false;
  }
  return true;
}

/**
 * The font that draws a grapheme: the previous grapheme's font when it has every code point
 * (so a space or a comma stays in the run it belongs to), else the first in the chain that does.
 */
export function pickFont(
  chain: readonly ShippedFont[],
  grapheme: string,
  previous: ShippedFont | undefined,
): ShippedFont | undefined {
  const emoji = isEmojiGrapheme(grapheme);
  if (previous && previous.emoji === emoji && coversAll(previous, grapheme)) return previous;
  return chain.find((font) => font.emoji === emoji && coversAll(font, grapheme));
}

/**
 * True when the emoji font draws a sequence (ZWJ family, flag, skin tone, keycap) as one glyph,
 * rather than as its parts side by side; variation selectors and joiners draw nothing.
 */
export function drawsAsOneGlyph(font: ShippedFont, grapheme: string): boolean {
  const buffer = new harfbuzz.Buffer();
  buffer.addText(grapheme);
  buffer.guessSegmentProperties();
  harfbuzz.shape(font.font, buffer);
  const visible = buffer.getGlyphPositions().filter((position) => position.xAdvance > 0);
  return visible.length === 1;
}
