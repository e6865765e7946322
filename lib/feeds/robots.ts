import type { MetadataRoute } from 'next';
import { routes } from '../routes';

/**
 * Crawlers may read everything public. The moderator console is private, and /comments/ holds
 * private status links (whose token is the only key) and report forms, neither worth indexing.
 */
export function buildRobots(sitemapUrl: string): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: [routes.moderation(), routes.commentPages()] },
    sitemap: sitemapUrl,
  };
}
