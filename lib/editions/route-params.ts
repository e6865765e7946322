import 'server-only';
import { notFound } from 'next/navigation';
import { editionCodes, findEdition, type Edition } from './';

// The `[edition]` route segment: every edition is prerendered, and any other first segment is
// not a page (the server refuses most before rendering: scripts/server/known-routes.mjs).

export function editionParams(): { edition: string }[] {
  return editionCodes().map((edition) => ({ edition }));
}

/** The edition a URL names, or the 404 page. */
export function resolveEdition(code: string): Edition {
  const edition = findEdition(code);
  if (!edition) notFound();
  return edition;
}
