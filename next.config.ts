import type { NextConfig } from 'next';

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
    // A comment is at most 3,000 characters (12 KB of UTF-8); anything far larger is refused
    // before it is parsed.
    serverActions: { bodySizeLimit: '100kb' },
  },
  images: {
    formats: ['image/avif', 'image/webp'],
  },
};

export default nextConfig;
