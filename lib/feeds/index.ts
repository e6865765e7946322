// Feeds and crawler files: RSS for readers, the sitemap and robots.txt for search engines.
export { buildRss, feedItemLimit, type RssOptions } from './rss';
export { imageType } from './enclosure';
export { buildSitemap, type SitemapInput } from './sitemap';
export { buildRobots } from './robots';
export {
  feedAlternateTypes,
  getRobots,
  getSectionFeed,
  getEditionFeed,
  getSitemap,
  rssResponse,
} from './site';
