import 'server-only';
import type { MetadataRoute } from 'next';
import { cacheLife } from 'next/cache';
import { listArticles, listArticlesInSection, listTopics } from '../articles';
import { getMessages } from '../messages';
import { routes } from '../routes';
import { getSection, listSections, type Section } from '../sections';
import { absoluteUrl, getSite } from '../site';
import { buildRobots } from './robots';
import { buildRss } from './rss';
import { buildSitemap } from './sitemap';

// Feeds and the sitemap change only with the content, which changes only with a new build.
// Under Cache Components a GET handler is prerendered only if everything it reads is cached, and
// 'use cache' cannot sit on the handler itself, so each document is built in a cached function
// here and the handlers just wrap it in a Response.

/** The whole site's RSS feed: the latest articles in every section. */
export async function getSiteFeed(): Promise<string> {
  'use cache';
  cacheLife('max');
  const site = getSite();
  return buildRss({
    title: site.name,
    description: getMessages(site.defaultLanguage).footerNote,
    feedUrl: absoluteUrl(routes.feed()),
    siteUrl: site.baseUrl,
    language: site.defaultLanguage,
    articles: await listArticles(),
    sectionName,
  });
}

/** One section's RSS feed, or undefined for a section that does not exist. */
export async function getSectionFeed(slug: string): Promise<string | undefined> {
  'use cache';
  cacheLife('max');
  const section = getSection(slug);
  if (!section) return undefined;
  const site = getSite();
  return buildRss({
    title: sectionFeedTitle(section),
    description: section.description ?? getMessages(site.defaultLanguage).footerNote,
    feedUrl: absoluteUrl(routes.sectionFeed(section.slug)),
    siteUrl: site.baseUrl,
    language: site.defaultLanguage,
    articles: await listArticlesInSection(section.slug),
    sectionName,
  });
}

export async function getSitemap(): Promise<MetadataRoute.Sitemap> {
  'use cache';
  cacheLife('max');
  return buildSitemap({
    baseUrl: getSite().baseUrl,
    articles: await listArticles(),
    sections: listSections(),
    topics: await listTopics(),
  });
}

export function getRobots(): MetadataRoute.Robots {
  return buildRobots(absoluteUrl('/sitemap.xml'));
}

/** An RSS document as an HTTP response, with the type feed readers look for. */
export function rssResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}

type FeedLink = { url: string; title: string };

/**
 * `alternates.types` for generateMetadata, so browsers and feed readers find the feeds from any
 * page. Metadata merges shallowly: a page that sets its own `alternates` (a canonical URL, say)
 * replaces the layout's, so it must pass these again. A section page adds its own feed.
 */
export function feedAlternateTypes(section?: Section): { 'application/rss+xml': FeedLink[] } {
  const links: FeedLink[] = [{ url: routes.feed(), title: getSite().name }];
  if (section)
    links.push({ url: routes.sectionFeed(section.slug), title: sectionFeedTitle(section) });
  return { 'application/rss+xml': links };
}

function sectionFeedTitle(section: Section): string {
  return `${section.name} | ${getSite().name}`;
}

function sectionName(slug: string): string {
  return getSection(slug)?.name ?? slug;
}
