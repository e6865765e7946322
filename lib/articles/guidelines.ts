import 'server-only';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { renderMarkdown } from './render';
import { ContentError, contentPath, readUtf8, type ContentProblem } from '../content';
import { defaultEdition, editionCodes, editionFor, type EditionCode } from '../editions';

export type Guidelines = {
  html: string;
  /** The language the text is in: the one asked for, or English when it has no translation yet. */
  lang: EditionCode;
};

/** content/guidelines.md is English; each translation sits beside it as guidelines.<code>.md. */
function fileName(lang: EditionCode): string {
  return lang === defaultEdition ? 'guidelines.md' : `guidelines.${lang}.md`;
}

/**
 * The community guidelines in a language, from a content folder. A language without its own
 * file gets English (and says so in `lang`, so the page can mark the text as English); a file
 * that exists but cannot be read is an error, not a silent fallback.
 */
export function readGuidelines(lang: string, folder: string): Guidelines {
  const edition = editionFor(lang).code;
  const own = path.join(folder, fileName(edition));
  const chosen: EditionCode = existsSync(own) ? edition : defaultEdition;
  const read = readUtf8(path.join(folder, fileName(chosen)));
  if (!read.ok) throw new ContentError([read.problem]);
  return { html: renderMarkdown(read.text), lang: chosen };
}

const cached = new Map<EditionCode, Guidelines>();

/** The guidelines shown beside the comment form, for the article's language (editable by the newsroom). */
export function getGuidelines(lang: string = defaultEdition): Guidelines {
  const edition = editionFor(lang).code;
  let guidelines = cached.get(edition);
  if (!guidelines) {
    guidelines = readGuidelines(edition, contentPath());
    cached.set(edition, guidelines);
  }
  return guidelines;
}

/** For content:check: the English file must be readable, and so must every translation present. */
export function findGuidelinesProblems(folder: string = contentPath()): ContentProblem[] {
  return editionCodes().flatMap((lang) => {
    const file = path.join(folder, fileName(lang));
    if (lang !== defaultEdition && !existsSync(file)) return [];
    const read = readUtf8(file);
    return read.ok ? [] : [read.problem];
  });
}
