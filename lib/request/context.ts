import 'server-only';
import { cookies, headers } from 'next/headers';
import { sessionCookieName } from '../auth';
import { clientKey } from './client-address';
import { pagePathHeader } from './page-path';

// The one module that reads the request (next/headers): the edge (pages, layouts, actions)
// asks here and hands plain values to lib/, so services run the same in tests and scripts.

/**
 * The reader's client, for limits and report counting (only ever stored as a keyed hash).
 * `npm start` (scripts/server/serve.mjs) replaces every forwarded header with one address it
 * trusts: the connection's own, or the one trusted proxies (TRUSTED_PROXIES) report. `next dev`
 * leaves the header as sent, which is fine on a developer's machine.
 */
export async function getClientKey(): Promise<string> {
  const forwarded = (await headers()).get('x-forwarded-for');
  return clientKey(forwarded?.split(',').at(-1) ?? '');
}

/** Whether the request reached us over https (as the trusted proxy says, when there is one). */
export async function isHttpsRequest(): Promise<boolean> {
  return (await headers()).get('x-forwarded-proto') === 'https';
}

/** The proxy's nonce for this request's inline scripts; undefined where the proxy did not run. */
export async function getRequestNonce(): Promise<string | undefined> {
  return (await headers()).get('x-nonce') ?? undefined;
}

/** This page's path and query as proxy.ts passed it on (layouts are not told the URL). */
export async function getRequestPagePath(): Promise<string | null> {
  return (await headers()).get(pagePathHeader);
}

/** This request as the moderator's service sees it: the session cookie and the clock. */
export async function currentModeratorRequest(): Promise<{
  sessionId: string | undefined;
  now: number;
}> {
  return { sessionId: (await cookies()).get(sessionCookieName)?.value, now: Date.now() };
}
