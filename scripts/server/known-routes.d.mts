// Types for known-routes.mjs (plain JavaScript, run by the server without a compiler).
import type { KnownRoutes } from '../../lib/pages/known-routes';
export function readKnownRoutes(file: string): KnownRoutes | undefined;
export function unknownPathTest(known: KnownRoutes): (path: string) => boolean;
