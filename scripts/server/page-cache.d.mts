// Types for page-cache.mjs, which the plain-JavaScript server uses and tests import.
import type { IncomingMessage, ServerResponse } from 'node:http';

export type PageCache = {
  readonly size: number;
  clear(): void;
  serve(request: IncomingMessage, response: ServerResponse, variant: string): boolean;
  capture(request: IncomingMessage, response: ServerResponse, variant: string): void;
};
export function createPageCache(options?: {
  ttlMs?: number;
  maxEntries?: number;
  maxBytes?: number;
  now?: () => number;
}): PageCache;
export const servedPagesSlot: unique symbol;
