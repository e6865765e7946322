// Types for shared-cache.mjs (plain JavaScript, loaded by Next.js's cache handlers).
export type TagTimes = { stale: number; expired: number };
export type TagManifest = Map<string, TagTimes>;
export type SharedCache = {
  tagTimes(tags: readonly string[]): Promise<TagManifest | undefined>;
  recordTags(tags: readonly string[], durations?: { expire?: number }): Promise<void>;
  /** undefined when Redis has none; `unavailable` when it cannot say. */
  getEntry(kind: string, key: string): Promise<unknown>;
  setEntry(kind: string, key: string, value: unknown, ttlSeconds: number): Promise<void>;
  readonly available: boolean;
  close(): Promise<void>;
};
export function parseCacheUrl(value: string | undefined): URL | undefined;
export function isOutdated(
  manifest: TagManifest,
  tags: readonly string[],
  timestamp: number,
  now: number,
): boolean;
export function latestExpiry(manifest: TagManifest, tags: readonly string[], now: number): number;
export function createSharedCache(options: {
  url: URL;
  buildId: string;
  prefix?: string;
  log?: (message: string) => void;
  now?: () => number;
  /** Called when any instance announces a revalidation (default: drop the served-page copies). */
  onRevalidated?: () => void;
}): SharedCache;
export function getSharedCache(): SharedCache | undefined;
export const unavailable: unique symbol;
