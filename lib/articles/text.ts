// Cheap, regex-level reading of Markdown for list pages: listing 10,000 articles must not run
// the full Markdown pipeline, which is kept for rendering one article body at a time.

const summaryLimit = 280;
const wordsPerMinute = 230;

/** The first paragraph of a Markdown body as plain text, cut at a word boundary when long. */
export function deriveSummary(markdown: string): string {
  let inFence = false;
  for (const block of blocksOf(markdown)) {
    const trimmed = block.trim();
    if (trimmed === '') continue;
    const fences = trimmed.match(/^(```|~~~)/gm)?.length ?? 0;
    if (inFence || /^(```|~~~)/.test(trimmed)) {
      if (fences % 2 === 1) inFence = !inFence;
      continue;
    }
    if (/^(#|>|[-*+]\s|\d+[.)]\s|\||<|!\[|[-*_]{3,}\s*$)/.test(trimmed)) continue;
    const plain = toPlainText(trimmed);
    if (plain !== '') return truncate(plain, summaryLimit);
  }
  return '';
}

const blankLine = /\r?\n[ \t]*\r?\n/g;

/**
 * The blocks of `markdown` (as split at blank lines), one at a time: the summary is usually the
 * first paragraph, and splitting a whole body to find it was a fifth of a cold listing.
 */
function* blocksOf(markdown: string): Generator<string> {
  const separator = new RegExp(blankLine);
  let start = 0;
  for (let match = separator.exec(markdown); match; match = separator.exec(markdown)) {
    yield markdown.slice(start, match.index);
    start = match.index + match[0].length;
  }
  yield markdown.slice(start);
}

/** Words a reader reads: link targets, image sources, tags and code fences are not counted. */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/^(```|~~~).*$/gm, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/<[^>]*>/g, ' ');
  let count = 0;
  for (const token of text.split(/[\s\u2014/]+/)) {
    if (wordLike.test(token)) count += 1;
  }
  return count;
}

const wordLike = /[\p{L}\p{N}]/u;

/**
 * The whole body as plain text, for the search index and its excerpts: block markers (headings,
 * quotes, list bullets, table pipes, fences, rules) and inline syntax go, the words stay.
 */
export function plainText(markdown: string): string {
  return toPlainText(
    markdown
      .replace(/^[ \t]*(```|~~~).*$/gm, ' ')
      .replace(/^[ \t]*([-*_][ \t]*){3,}$/gm, ' ')
      .replace(/^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/gm, ' ')
      .replace(/^[ \t]*(>[ \t]?)+/gm, '')
      .replace(/^[ \t]*(#{1,6}[ \t]+|[-*+][ \t]+|\d+[.)][ \t]+)/gm, '')
      .replace(/\\?\|/g, ' ')
      .replace(/^\[[^\]]+\]:[ \t]+\S+.*$/gm, ' '),
  );
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}

function toPlainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__|~~|`)/g, '')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}
