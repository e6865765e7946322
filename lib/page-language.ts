import { defaultEdition, findEdition } from './editions';

/**
 * The request header proxy.ts sets on a comment's status and report pages: the language of the
 * comment's article, which the per-request root layout needs for `<html lang dir>` before the
 * page has read anything. Anything else (the console) is in the default edition's language.
 */
export const pageLanguageHeader = 'x-page-lang';

export function pageLanguage(header: string | null): string {
  return (header !== null && findEdition(header)?.code) || defaultEdition;
}
