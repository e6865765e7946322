// Types for use-cache-handler.mjs (plain JavaScript, loaded by Next.js by its path).
import type { CacheHandler } from 'next/dist/server/lib/cache-handlers/types';
import type { SharedCache } from './shared-cache.mjs';
export function createUseCacheHandler(
  shared: SharedCache,
  local: CacheHandler,
  now?: () => number,
): CacheHandler;
declare const handler: CacheHandler;
export default handler;
