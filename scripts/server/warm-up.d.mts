// Types for warm-up.mjs (plain JavaScript, run by the server without a compiler).
import type { KnownRoutes } from '../../lib/pages/known-routes';
export function warmUpPaths(known: KnownRoutes): string[];
export function warmUp(
  origin: string,
  paths: readonly string[],
  options?: { timeoutMs?: number },
): Promise<void>;
