// Types for security-headers.mjs, which the plain-JavaScript server and TypeScript (proxy.ts,
// tests) both import.
export function contentSecurityPolicy(options: {
  https: boolean;
  nonce?: string;
  development?: boolean;
}): string;
export function securityHeaders(options: { siteIsHttps: boolean }): [string, string][];
export const personalPageHeaders: [string, string][];
export function setsOwnPolicy(path: string): boolean;
