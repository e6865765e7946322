import 'server-only';
import { servedPagesSlot } from '@/scripts/server/page-cache.mjs';

/**
 * Tells the server in front of Next.js (scripts/server/serve.mjs) that published pages changed,
 * so the short-lived copies it answers from (scripts/server/page-cache.mjs) are dropped at once
 * rather than within their second. The two share a process but not a module graph (Next.js
 * bundles this file), hence the global slot. Under `next dev` or `next start` there is no such
 * server and this does nothing.
 */
export function dropServedPages(): void {
  const cache: unknown = Reflect.get(globalThis, servedPagesSlot);
  if (typeof cache === 'object' && cache !== null && 'clear' in cache) {
    const { clear } = cache;
    if (typeof clear === 'function') clear.call(cache);
  }
}
