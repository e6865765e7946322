import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Comments (a later issue) render in 'use cache' components revalidated by tag, which needs
  // Cache Components; article pages stay statically prerendered either way.
  cacheComponents: true,
  partialPrefetching: false,
  poweredByHeader: false,
  reactStrictMode: true,
  images: {
    formats: ['image/avif', 'image/webp'],
  },
};

export default nextConfig;
