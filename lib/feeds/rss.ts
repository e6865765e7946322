import 'server-only';
import path from 'node:path';
import { Feed } from 'feed';
import type { Article } from '../articles';
import { toInstant } from '../text/dates';
import { routes } from '../routes';
import { imageEnclosure } from './enclosure';

/** How many articles a feed carries: enough for a reader who checks weekly, small to fetch. */
export const feedItemLimit = 50;

export type RssOptions = {
  title: string;
  description: string;
  /** Absolute URL of the feed itself, for the atom:link rel="self" readers and validators want. */
  feedUrl: string;
  /** Absolute origin of the site, with no trailing slash. */
  siteUrl: string;
  /** BCP 47 tag of the channel: the edition's code; its home page is the channel's link. */
  language: string;
  /** Newest first, as listArticles() returns them; only the first `feedItemLimit` are used. */
  articles: readonly Article[];
  /** A section's display name from its slug, for each item's first category. */
  sectionName: (slug: string) => string;
  /** Where image files live; public/ of the running app unless a test says otherwise. */
  publicDir?: string;
};

/** An RSS 2.0 document for the given articles. Reads only image sizes, so it is safe to cache. */
export function buildRss(options: RssOptions): string {
  const articles = options.articles.slice(0, feedItemLimit);
  const url = (pathname: string) => new URL(pathname, `${options.siteUrl}/`).toString();
  const feed = new Feed({
    title: options.title,
    description: options.description,
    id: url(routes.home(options.language)),
    link: url(routes.home(options.language)),
    language: options.language,
    feed: options.feedUrl,
    updated: new Date(latestChange(articles)),
  });
  const publicDir = options.publicDir ?? path.join(process.cwd(), 'public');
  for (const article of articles) {
    feed.addItem({
      title: article.title,
      // No `id` or `guid`: the package then writes the link as a permalink guid.
      link: url(routes.article(article.slug, article.lang)),
      date: new Date(toInstant(article.updated ?? article.date)),
      published: new Date(toInstant(article.date)),
      description: article.summary,
      // A tag that repeats the section's name (Iraq in Iraq) would only be noise.
      category: [...new Set([options.sectionName(article.section), ...article.tags])].map(
        (name) => ({ name }),
      ),
      image: article.image && imageEnclosure(article.image.src, options.siteUrl, publicDir),
    });
  }
  return feed.rss2();
}

/**
 * When the channel last changed: its most recently published or updated item. Taken from the
 * content, never the clock, so the same articles always give the same document. An empty
 * channel has never changed, hence the epoch.
 */
function latestChange(articles: readonly Article[]): number {
  return Math.max(0, ...articles.map((article) => toInstant(article.updated ?? article.date)));
}
