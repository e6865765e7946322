import 'server-only';
import { cache } from 'react';
import { getArticle } from '../articles';
import { findCommentByStatusToken, getReportableComment } from '../comments';
import { defaultEdition, findEdition } from '../editions';
import { getRequestPagePath } from '../request/context';

/**
 * The language of a page rendered per request, from its URL (proxy.ts passes it on): a
 * comment's status and report pages are in the language of the comment's article, like the
 * form it was posted with; the console is in the default edition's. The root layout needs it
 * for `<html lang dir>` before the page has read anything; the pages use the same answer.
 */
export async function pageLanguage(pathAndQuery: string | null): Promise<string> {
  if (pathAndQuery === null) return defaultEdition;
  const url = new URL(pathAndQuery, 'http://localhost');
  const parts = url.pathname.split('/');
  if (parts.length !== 4 || parts[1] !== 'comments') return defaultEdition;
  let articleSlug: string | undefined;
  if (parts[2] === 'status') {
    articleSlug = (await findCommentByStatusToken(parts[3] ?? ''))?.articleSlug;
  } else if (parts[3] === 'report') {
    // After a report the comment may be hidden: the report action names its article.
    articleSlug =
      (await getReportableComment(Number(parts[2])))?.articleSlug ??
      url.searchParams.get('article') ??
      undefined;
  }
  const lang = articleSlug === undefined ? undefined : (await getArticle(articleSlug))?.lang;
  return (lang !== undefined && findEdition(lang)?.code) || defaultEdition;
}

/** This request's page language; asked by the layout, its metadata and the page, read once. */
export const requestLanguage = cache(async (): Promise<string> =>
  pageLanguage(await getRequestPagePath()),
);
