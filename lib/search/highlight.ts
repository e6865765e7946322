import { toTerm, wordSpans, type WordSpan } from './terms';

/** A run of text; `match` runs are shown marked. Pages render these with React, never as HTML. */
export type Segment = { text: string; match: boolean };

/** How many words an excerpt shows, and how many of them come before the first match. */
const excerptWords = 30;
const wordsBeforeMatch = 8;

/** The text cut into runs, with every word whose term is one of `terms` marked. */
export function highlight(text: string, terms: ReadonlySet<string>): Segment[] {
  return segmentsOf(text, wordSpans(text), terms);
}

/**
 * About 30 words of `text` starting a little before its first matched word, marked, with "…"
 * where it was cut; undefined when no word of it matched.
 */
export function excerptAround(text: string, terms: ReadonlySet<string>): Segment[] | undefined {
  const spans = wordSpans(text);
  const first = spans.findIndex((span) => isMatch(span, terms));
  if (first === -1) return undefined;
  const start = Math.max(0, Math.min(first - wordsBeforeMatch, spans.length - excerptWords));
  return excerptFrom(text, spans, start, terms);
}

/** The first 30 words or so of `text`, for a result whose match is elsewhere (title, tags). */
export function excerptStart(text: string, terms: ReadonlySet<string>): Segment[] {
  return excerptFrom(text, wordSpans(text), 0, terms);
}

/** About 30 words of `text` from word `start` on, marked, with "…" where it was cut. */
function excerptFrom(
  text: string,
  spans: readonly WordSpan[],
  start: number,
  terms: ReadonlySet<string>,
): Segment[] {
  const end = Math.min(spans.length, start + excerptWords);
  const from = start === 0 ? 0 : (spans[start]?.start ?? 0);
  const to = end === spans.length ? text.length : (spans[end - 1]?.end ?? text.length);
  const shown = text.slice(from, to).trim();
  const segments = segmentsOf(shown, wordSpans(shown), terms);
  if (from > 0) segments.unshift({ text: '… ', match: false });
  if (to < text.length) segments.push({ text: ' …', match: false });
  return merge(segments);
}

function segmentsOf(
  text: string,
  spans: readonly WordSpan[],
  terms: ReadonlySet<string>,
): Segment[] {
  const segments: Segment[] = [];
  let position = 0;
  for (const span of spans) {
    if (!isMatch(span, terms)) continue;
    if (span.start > position)
      segments.push({ text: text.slice(position, span.start), match: false });
    segments.push({ text: span.word, match: true });
    position = span.end;
  }
  if (position < text.length) segments.push({ text: text.slice(position), match: false });
  return merge(segments);
}

function isMatch(span: WordSpan, terms: ReadonlySet<string>): boolean {
  const term = toTerm(span.word);
  return term !== null && terms.has(term);
}

/** Joins neighbouring runs of the same kind, so "… " and the text after it are one run. */
function merge(segments: readonly Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const last = merged.at(-1);
    if (last && !last.match && !segment.match) last.text += segment.text;
    else merged.push({ ...segment });
  }
  return merged;
}
