// Types for versioned-files.mjs, which the plain-JavaScript server and TypeScript (lib/site,
// tests) both import.
export const enhanceScriptPath: string;
export const immutableCacheControl: string;
export function versionedUrl(root: string, file: string): string;
export function currentVersionedUrls(root: string): Set<string>;
