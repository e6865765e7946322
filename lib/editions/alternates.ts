import { defaultEdition, editionCodes } from './';

/**
 * `alternates.languages` for a page that exists in several editions: each version's URL under
 * its language code, and `x-default` for readers whose language has no version (the default
 * edition's, or the first version there is). Next.js renders them as
 * `<link rel="alternate" hreflang>`.
 */
export function languageAlternates(versions: ReadonlyMap<string, string>): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const [lang, path] of versions) languages[lang] = path;
  const fallback = versions.get(defaultEdition) ?? versions.values().next().value;
  if (versions.size > 1 && fallback !== undefined) languages['x-default'] = fallback;
  return languages;
}

/** Alternates of a page every edition has (front pages, sections): `route(lang)` for each. */
export function editionAlternates(route: (lang: string) => string): Record<string, string> {
  return languageAlternates(new Map(editionCodes().map((lang) => [lang, route(lang)])));
}
