// The cache every app instance shares when CACHE_URL names a Redis server: when each cache tag
// was last revalidated, and the entries Next.js caches ('use cache' results and rendered pages).
// Next.js's two cache handlers (use-cache-handler.mjs, incremental-cache-handler.mjs) keep their
// own in-process copies and ask this module whether a copy is still current.
//
// Redis holds:
// - `<prefix>tags`, one hash: tag -> "stale expired" (milliseconds). Never given a time to live,
//   so a Redis that evicts only keys with one (maxmemory-policy volatile-lru, see README) never
//   forgets that a page went out of date.
// - `<prefix>entry:<build id>:<key>`: one entry, serialized, with a time to live. Entries are
//   per build: a page refers to its build's scripts, so another build must never serve it.
//
// - `<prefix>revalidated`, a channel: every revalidation is announced there, and each instance
//   drops its one-second copies of served pages (page-cache.mjs) at once, as the instance that
//   made it does, so readers of every instance see a decision within a render.
//
// Redis down: every question is answered "unknown" at once (no offline queue), the handlers
// serve their own copies, and the outage is logged once. Revalidations made meanwhile are kept
// here and written when Redis answers again, so other instances still learn of them.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { Redis } from 'ioredis';
import { servedPagesSlot } from './page-cache.mjs';

/** Entries live at most a day in Redis, whatever their own lifetime: Redis stays bounded. */
const maxEntrySeconds = 24 * 60 * 60;

/** What getEntry answers when Redis cannot say (as opposed to undefined: Redis has none). */
export const unavailable = Symbol('shared cache unavailable');

/**
 * @typedef {{ stale: number, expired: number }} TagTimes
 * @typedef {Map<string, TagTimes>} TagManifest
 * @typedef {{
 *   tagTimes(tags: readonly string[]): Promise<TagManifest | undefined>,
 *   recordTags(tags: readonly string[], durations?: { expire?: number }): Promise<void>,
 *   getEntry(kind: string, key: string): Promise<unknown>,  (undefined: none; `unavailable`)
 *   setEntry(kind: string, key: string, value: unknown, ttlSeconds: number): Promise<void>,
 *   readonly available: boolean,
 *   close(): Promise<void>,
 * }} SharedCache
 */

/**
 * CACHE_URL checked the way lib/env.ts checks every setting: by name, never echoing a value
 * that may hold a password.
 * @param {string | undefined} value
 */
export function parseCacheUrl(value) {
  if (value === undefined || value === '') return undefined;
  let url;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'redis:' && url.protocol !== 'rediss:'))
    throw new Error(
      'Invalid environment variables:\n  CACHE_URL: expected redis://host:6379 (or rediss://, with an optional /database number)',
    );
  return url;
}

/**
 * Whether an entry made at `timestamp` is out of date: one of its tags was revalidated after it
 * was made (expired tags only once their expiry has come, as Next.js counts them).
 * @param {TagManifest} manifest
 * @param {readonly string[]} tags
 * @param {number} timestamp
 * @param {number} now
 */
export function isOutdated(manifest, tags, timestamp, now) {
  for (const tag of tags) {
    const times = manifest.get(tag);
    if (!times) continue;
    if (times.stale > timestamp) return true;
    if (times.expired > timestamp && times.expired <= now) return true;
  }
  return false;
}

/**
 * The newest expiry among `tags` that has come, 0 when none: what Next.js's getExpiration asks.
 * @param {TagManifest} manifest
 * @param {readonly string[]} tags
 * @param {number} now
 */
export function latestExpiry(manifest, tags, now) {
  let latest = 0;
  for (const tag of tags) {
    const expired = manifest.get(tag)?.expired ?? 0;
    if (expired <= now && expired > latest) latest = expired;
  }
  return latest;
}

/** @param {string} value */
function parseTagTimes(value) {
  const [stale, expired] = value.split(' ').map(Number);
  return { stale: stale || 0, expired: expired || 0 };
}

/** Drops this process's copies of served pages, when the server keeps any (serve.mjs). */
function dropServedPages() {
  /** @type {{ clear(): void } | undefined} */
  const pages = Reflect.get(globalThis, servedPagesSlot);
  pages?.clear();
}

/**
 * @param {{ url: URL, buildId: string, prefix?: string, log?: (message: string) => void,
 *   now?: () => number, onRevalidated?: () => void }} options
 * @returns {SharedCache}
 */
export function createSharedCache({
  url,
  buildId,
  prefix = 'newsroom:',
  log = (message) => console.error(message),
  now = Date.now,
  onRevalidated = dropServedPages,
}) {
  const where = `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  const redis = new Redis(url.href, {
    // A reader's page must not wait for a Redis that does not answer: commands fail at once
    // while disconnected, and the client reconnects in the background.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 1000,
    commandTimeout: 500,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    lazyConnect: false,
  });
  const tagsKey = `${prefix}tags`;
  const channel = `${prefix}revalidated`;
  // A connection that subscribes can send nothing else: announcements come in on their own one.
  const listener = redis.duplicate();
  listener.on('error', () => undefined); // the main connection reports the outage
  listener.on('message', () => onRevalidated());
  // Subscribed on every (re)connection: commands sent before one fail at once (no offline queue).
  listener.on('ready', () => void listener.subscribe(channel).catch(() => undefined));
  /** @param {string} kind @param {string} key */
  const entryKey = (kind, key) => `${prefix}entry:${buildId}:${kind}:${key}`;

  /** Revalidations that could not be written yet: tag -> times. */
  /** @type {TagManifest} */
  const unsent = new Map();
  let down = false;

  /** @param {unknown} error */
  const wentDown = (error) => {
    if (down) return;
    down = true;
    const reason = error instanceof Error ? error.message : String(error);
    log(
      `Shared cache ${where} unreachable (${reason}): each instance serves from its own cache until it answers.`,
    );
  };

  const flushUnsent = async () => {
    if (unsent.size === 0) return;
    const batch = [...unsent];
    unsent.clear();
    try {
      await redis.hset(
        tagsKey,
        Object.fromEntries(batch.map(([tag, times]) => [tag, `${times.stale} ${times.expired}`])),
      );
      await redis.publish(channel, batch.map(([tag]) => tag).join(','));
    } catch (error) {
      for (const [tag, times] of batch) if (!unsent.has(tag)) unsent.set(tag, times);
      wentDown(error);
    }
  };

  let closing = false;
  redis.on('error', wentDown);
  // A connection that drops says nothing else until a reconnection fails.
  redis.on('close', () => {
    if (!closing) wentDown(new Error('connection closed'));
  });
  redis.on('ready', () => {
    if (down) {
      log(`Shared cache ${where} answers again.`);
      if (unsent.size > 0)
        log(
          `Shared cache ${where}: sending ${unsent.size} revalidation(s) made while it was down.`,
        );
    }
    down = false;
    void flushUnsent();
  });

  return {
    get available() {
      return redis.status === 'ready';
    },

    async tagTimes(tags) {
      if (tags.length === 0) return new Map();
      if (redis.status !== 'ready') return undefined;
      try {
        const values = await redis.hmget(tagsKey, ...tags);
        /** @type {TagManifest} */
        const manifest = new Map();
        tags.forEach((tag, index) => {
          const value = values[index];
          if (value) manifest.set(tag, parseTagTimes(value));
        });
        // This instance's own revalidations not yet sent count too.
        for (const tag of tags) {
          const mine = unsent.get(tag);
          if (mine) manifest.set(tag, mine);
        }
        return manifest;
      } catch (error) {
        wentDown(error);
        return undefined;
      }
    },

    async recordTags(tags, durations) {
      const at = now();
      // As Next.js's own handlers record them: a revalidation with a lifetime makes entries
      // stale now and expires them after it; one without expires them now.
      /** @param {string} tag @returns {TagTimes} */
      const timesOf = (tag) =>
        durations
          ? {
              stale: at,
              expired:
                durations.expire === undefined
                  ? (unsent.get(tag)?.expired ?? 0)
                  : at + durations.expire * 1000,
            }
          : { stale: unsent.get(tag)?.stale ?? 0, expired: at };
      for (const tag of tags) unsent.set(tag, timesOf(tag));
      if (redis.status === 'ready') await flushUnsent();
    },

    async getEntry(kind, key) {
      if (redis.status !== 'ready') return unavailable;
      try {
        const stored = await redis.getBuffer(entryKey(kind, key));
        return stored ? deserialize(stored) : undefined;
      } catch (error) {
        wentDown(error);
        return unavailable;
      }
    },

    async setEntry(kind, key, value, ttlSeconds) {
      if (redis.status !== 'ready') return;
      const ttl = Math.max(1, Math.min(maxEntrySeconds, Math.ceil(ttlSeconds)));
      try {
        await redis.set(entryKey(kind, key), serialize(value), 'EX', ttl);
      } catch (error) {
        wentDown(error);
      }
    },

    async close() {
      closing = true;
      redis.disconnect();
      listener.disconnect();
    },
  };
}

/** The id of the build in `.next` (entries are kept per build). */
function readBuildId() {
  const file = path.join(process.cwd(), '.next', 'BUILD_ID');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : 'unbuilt';
}

const slot = Symbol.for('newsroom.sharedCache');

/**
 * The process's shared cache, or undefined when CACHE_URL is not set (one instance, Next.js's
 * own in-memory caches) or while `next build` runs (a build needs no Redis: its pages are
 * checked against the shared tags when an instance serves them).
 * @returns {SharedCache | undefined}
 */
export function getSharedCache() {
  if (process.env.NEXT_PHASE === 'phase-production-build') return undefined;
  const url = parseCacheUrl(process.env.CACHE_URL);
  if (!url) return undefined;
  /** @type {SharedCache | undefined} */
  let cache = Reflect.get(globalThis, slot);
  if (!cache) {
    cache = createSharedCache({ url, buildId: readBuildId() });
    Reflect.set(globalThis, slot, cache);
  }
  return cache;
}
