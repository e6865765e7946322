import type { NextConfig } from 'next';
import { maxBodyBytes } from './scripts/server/request-guards.mjs';

const nextConfig: NextConfig = {
  // Comments (a later issue) render in 'use cache' components revalidated by tag, which needs
  // Cache Components; article pages stay statically prerendered either way.
  cacheComponents: true,
  partialPrefetching: false,
  poweredByHeader: false,
  reactStrictMode: true,
  async redirects() {
    // Page 1 of the front page's list is the front page itself: one URL per page.
    return [{ source: '/page/1', destination: '/', permanent: true }];
  },
  experimental: {
    // A comment is at most 3,000 characters (12 KB of UTF-8). `npm start` refuses a larger body
    // with a 413 page before Next.js sees it (scripts/server/request-guards.mjs); this is the
    // same limit for `next dev`.
    serverActions: { bodySizeLimit: maxBodyBytes },
    // Two root layouts (the site and the console) leave no single layout for a 404 of a URL
    // that matches no route: app/global-not-found.tsx is that page.
    globalNotFound: true,
  },
  images: {
    formats: ['image/avif', 'image/webp'],
  },
};

export default nextConfig;
