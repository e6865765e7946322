import { availableParallelism } from 'node:os';
import path from 'node:path';
import { defaultEditionCode, editionCodeList, editionPrefix } from './lib/editions/codes.mjs';
import { maxBodyBytes, siteHostOf } from './scripts/server/request-guards.mjs';

// Plain JavaScript: Next.js compiles a next.config.ts with its native compiler (SWC) at every
// start, and the compiler then stays in the server's memory, 26 MB of its RSS.
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Published comments render in 'use cache' components revalidated by tag, which needs Cache
  // Components; article pages stay statically prerendered around them.
  cacheComponents: true,
  partialPrefetching: false,
  poweredByHeader: false,
  reactStrictMode: true,
  async redirects() {
    return [
      // Page 1 of a list (the front page's, a section's, a topic's) is the list itself: one URL
      // per page. Redirected here, for every edition, so no page has to check for it.
      ...editionCodeList.flatMap((code) => {
        const prefix = editionPrefix(code);
        return [
          { source: `${prefix}/page/1`, destination: prefix || '/', permanent: true },
          {
            source: `${prefix}/sections/:section/page/1`,
            destination: `${prefix}/sections/:section`,
            permanent: true,
          },
          {
            source: `${prefix}/articles/:slug/comments/1`,
            destination: `${prefix}/articles/:slug`,
            permanent: true,
          },
          {
            source: `${prefix}/topics/:tag/page/1`,
            destination: `${prefix}/topics/:tag`,
            permanent: true,
          },
        ];
      }),
      // The English edition's pages keep their unprefixed URLs: /en/… is the same page twice.
      { source: `/${defaultEditionCode}`, destination: '/', permanent: true },
      { source: `/${defaultEditionCode}/:path*`, destination: '/:path*', permanent: true },
    ];
  },
  async rewrites() {
    // Every page of the site lives under app/(site)/[edition]; the English edition's keep the
    // URLs they had before there were editions, rewritten here before the file system is read.
    return {
      beforeFiles: [
        { source: '/', destination: `/${defaultEditionCode}` },
        ...['/page/:n', '/articles/:slug', '/sections/:path*', '/topics/:path*'].map((source) => ({
          source,
          destination: `/${defaultEditionCode}${source}`,
        })),
        // An article's comment pages: see app/(site)/[edition]/comment-pages.
        ...editionCodeList.map((code) => ({
          source: `${editionPrefix(code)}/articles/:slug/comments/:page`,
          destination: `/${code}/comment-pages/:slug/:page`,
        })),
        { source: '/search', destination: `/${defaultEditionCode}/search` },
        { source: '/feed.xml', destination: `/${defaultEditionCode}/feed.xml` },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  experimental: {
    // Next.js prerenders with one worker fewer than the cores, keeping one for itself; but by
    // then its compiler is done and it only waits, so on 2 cores half the machine sat idle for
    // most of a large site's build.
    cpus: availableParallelism(),
    // A comment is at most 3,000 characters (12 KB of UTF-8). `npm start` refuses a larger body
    // with a 413 page before Next.js sees it (scripts/server/request-guards.mjs); this is the
    // same limit for `next dev`.
    // allowedOrigins: a post whose Origin is the site's own public host (SITE_URL) is accepted
    // even when a proxy in front does not pass on the host the browser used (deploy/nginx.conf
    // does, as X-Forwarded-Host); npm start's own check accepts the same (request-guards.mjs).
    serverActions: {
      bodySizeLimit: maxBodyBytes,
      allowedOrigins: [siteHostOf(process.env.SITE_URL)].filter((host) => host !== undefined),
    },
    // Two root layouts (the site and the console) leave no single layout for a 404 of a URL
    // that matches no route: app/global-not-found.tsx is that page.
    globalNotFound: true,
  },
  images: {
    formats: ['image/avif', 'image/webp'],
  },
  // Rendered pages are kept in memory compressed (scripts/server/compressed-page-store.mjs says
  // why), and, when CACHE_URL names a Redis, shared by every instance with their revalidations.
  cacheHandler: path.resolve('scripts/server/incremental-cache-handler.mjs'),
  // 'use cache' entries and their revalidations are shared through that Redis too. Next.js reads
  // this file again when each instance starts, so the setting is an instance's, not the build's:
  // without it an instance keeps Next.js's own in-memory 'use cache' entries.
  ...(process.env.CACHE_URL ? sharedUseCacheHandlers() : {}),
};

/** @returns {Pick<import('next').NextConfig, 'cacheHandlers'>} */
function sharedUseCacheHandlers() {
  const useCache = path.resolve('scripts/server/use-cache-handler.mjs');
  return { cacheHandlers: { default: useCache, remote: useCache } };
}

export default nextConfig;
