import 'server-only';
import { renderMarkdown } from './articles/render';
import { ContentError, contentPath, readUtf8 } from './content';

let cached: string | undefined;

/** The community guidelines shown beside the comment form, from content/guidelines.md (editable by the newsroom). */
export function getGuidelinesHtml(): string {
  if (cached !== undefined) return cached;
  const read = readUtf8(contentPath('guidelines.md'));
  if (!read.ok) throw new ContentError([read.problem]);
  cached = renderMarkdown(read.text);
  return cached;
}
