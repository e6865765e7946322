// The editions' URL codes, in plain JavaScript for next.config.mjs: Next.js loads a TypeScript
// config through its native compiler, which then stays in every server's memory (26 MB of RSS),
// and the config needs only these. lib/editions/index.ts holds everything else about an edition
// and checks its list against this one (tests/editions/editions.test.ts).

/** Every edition's code, in the order of lib/editions/index.ts. */
export const editionCodeList = ['en', 'ckb', 'kmr', 'ar', 'tr'];

/** The edition whose pages keep the URLs without a language prefix (`/`, `/articles/…`). */
export const defaultEditionCode = 'en';

/** The URL prefix of an edition's pages: '' for the default edition, `/ckb` for Sorani. */
export function editionPrefix(code) {
  return code === defaultEditionCode ? '' : `/${code}`;
}
