/**
 * The request header proxy.ts sets on every page rendered per request: the URL's path and
 * query, which a root layout is not otherwise given (lib/pages/page-language.ts reads it).
 */
export const pagePathHeader = 'x-page-path';
