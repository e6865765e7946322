// Types for cache-control.mjs, which the plain-JavaScript server uses and tests import.
import type { ServerResponse } from 'node:http';

export const sharedCacheSeconds: number;
export const staleSeconds: number;
export const visibleWithinSeconds: number;
export const publicCacheControl: string;
export const privateCacheControl: string;
export function isPrivatePath(path: string): boolean;
export function cacheControlFor(answer: {
  method: string;
  path: string;
  cacheControl: string | undefined;
  setsCookie: boolean;
  versioned?: boolean;
}): string | undefined;
export function applyCachePolicy(
  response: ServerResponse,
  request: { method: string; path: string; versioned?: boolean },
): void;
export function setWriteHeadHeaders(response: ServerResponse, rest: unknown[]): string | undefined;
