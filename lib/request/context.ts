import 'server-only';
import { headers } from 'next/headers';
import { clientKey } from './client-address';

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
