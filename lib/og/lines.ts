import 'server-only';
import type { ShippedFont } from './fonts';
import { prepareParagraph, shapeLine, type Paragraph, type ShapedLine } from './shape';

// Line breaking in logical order (before reordering, as UAX #9 asks): break after spaces,
// greedily, measuring each candidate line by shaping it; a word wider than a line is cut
// between graphemes. The largest size whose lines fit the box wins; when even the smallest does
// not, the text is cut at a word and ends with an ellipsis.

export type TextFit = { lines: ShapedLine[]; size: number };

type Measure = { paragraph: Paragraph; size: number; maxWidth: number; letterSpacing: number };

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function lineAt(m: Measure, start: number, end: number): ShapedLine {
  let trimmed = end;
  while (trimmed > start && m.paragraph.text[trimmed - 1] === ' ') trimmed--;
  return shapeLine(m.paragraph, start, trimmed, m.size, m.letterSpacing);
}

function breakOpportunities(text: string): number[] {
  const ends: number[] = [];
  for (let i = 1; i < text.length; i++) {
    if (text[i - 1] === ' ' && text[i] !== ' ') ends.push(i);
  }
  ends.push(text.length);
  return ends;
}

/** Where to cut a word too wide for a line: after the last grapheme that still fits. */
function cutWord(m: Measure, start: number, end: number): number {
  let cut = start;
  for (const { index, segment } of graphemes.segment(m.paragraph.text.slice(start, end))) {
    const next = start + index + segment.length;
    if (cut > start && lineAt(m, start, next).width > m.maxWidth) break;
    cut = next;
  }
  return cut;
}

function breakLines(m: Measure): ShapedLine[] {
  const lines: ShapedLine[] = [];
  const ends = breakOpportunities(m.paragraph.text);
  let start = 0;
  while (start < m.paragraph.text.length) {
    let end = start;
    let line: ShapedLine | undefined;
    for (const candidate of ends) {
      if (candidate <= start) continue;
      const shaped = lineAt(m, start, candidate);
      if (line && shaped.width > m.maxWidth) break;
      end = candidate;
      line = shaped;
      if (shaped.width > m.maxWidth) {
        end = cutWord(m, start, candidate);
        line = lineAt(m, start, end);
        break;
      }
    }
    if (!line) break;
    lines.push(line);
    start = end;
  }
  return lines;
}

export function fitText(options: {
  text: string;
  chain: readonly ShippedFont[];
  dir: 'ltr' | 'rtl';
  lang: string;
  sizes: readonly number[];
  lineHeight: number;
  maxWidth: number;
  maxHeight: number;
  letterSpacing?: number;
}): TextFit {
  const { text, chain, dir, lang, sizes, maxWidth, maxHeight, letterSpacing = 0 } = options;
  const paragraph = prepareParagraph(text, chain, dir, lang);
  let lines: ShapedLine[] = [];
  let size = sizes[0] ?? 16;
  for (const candidate of sizes) {
    size = candidate;
    lines = breakLines({ paragraph, size, maxWidth, letterSpacing });
    if (lines.length * size * options.lineHeight <= maxHeight) return { lines, size };
  }
  const maxLines = Math.max(1, Math.floor(maxHeight / (size * options.lineHeight)));
  let words = text.split(' ');
  while (words.length > 1) {
    words = words.slice(0, -1);
    const cut = prepareParagraph(`${words.join(' ')}…`, chain, dir, lang);
    lines = breakLines({ paragraph: cut, size, maxWidth, letterSpacing });
    if (lines.length <= maxLines) return { lines, size };
  }
  return { lines: lines.slice(0, maxLines), size };
}
