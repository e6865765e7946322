import { visit } from 'unist-util-visit';
import type { ContentProblem } from '../content/problems';
import { allowedProtocols, parseMarkdown } from './render';

type BodySource = { file: string; body: string; bodyStartLine: number };

/**
 * What the renderer would silently remove from a body, reported so the editor learns about it
 * before readers see an article with a missing paragraph or a dead link.
 */
export function findBodyProblems({ file, body, bodyStartLine }: BodySource): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lineOf = (line: number | undefined) =>
    line === undefined ? '' : ` (line ${line + bodyStartLine - 1})`;
  visit(parseMarkdown(body), (node) => {
    if (node.type === 'html') {
      problems.push({
        file,
        field: 'body',
        message: `raw HTML is not allowed and is left out of the page${lineOf(node.position?.start.line)}: ${preview(node.value)}`,
      });
    } else if (
      (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
      !isAllowedUrl(node.url)
    ) {
      const what = node.type === 'image' ? 'image' : 'link';
      problems.push({
        file,
        field: 'body',
        message: `${what} to ${JSON.stringify(preview(node.url))} is not allowed${lineOf(node.position?.start.line)}: use ${allowedProtocols.join(', ')} or a path like /articles/slug`,
      });
    }
  });
  return problems;
}

function isAllowedUrl(url: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim());
  if (!scheme) return true; // relative URL or #anchor
  return (allowedProtocols as readonly string[]).includes((scheme[1] ?? '').toLowerCase());
}

function preview(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}
