import 'server-only';
import type { MetadataRoute } from 'next';
import { cacheLife } from 'next/cache';
import { listArticles, listArticlesInSection, listStoryVersions, listTopics } from '../articles';
import { defaultEdition, editionCodes, editionFor } from '../editions';
import { getMessages } from '../messages';
import { routes } from '../routes';
import { getSection, listSections, type Section } from '../sections';
import { absoluteUrl, getSite } from '../site/config';
import { buildRobots } from './robots';
import { buildRss } from './rss';
import { buildSitemap } from './sitemap';

// Feeds and the sitemap change only with the content, which changes only with a new build.
// Under Cache Components a GET handler is prerendered only if everything it reads is cached, and
// 'use cache' cannot sit on the handler itself, so each document is built in a cached function
// here and the handlers just wrap it in a Response.

/** An edition's RSS feed: its latest articles in every section. */
export async function getEditionFeed(lang: string): Promise<string> {
  'use cache';
  cacheLife('max');
  const site = getSite();
  return buildRss({
    title: editionFeedTitle(lang),
    description: getMessages(lang).footerNote,
    feedUrl: absoluteUrl(routes.feed(lang)),
    siteUrl: site.baseUrl,
    language: lang,
    articles: await listArticles(lang),
    sectionName: (slug) => getSection(slug, lang)?.name ?? slug,
  });
}

/** One section's RSS feed in an edition, or undefined for a section that does not exist. */
export async function getSectionFeed(slug: string, lang: string): Promise<string | undefined> {
  'use cache';
  cacheLife('max');
  const section = getSection(slug, lang);
  if (!section) return undefined;
  const site = getSite();
  return buildRss({
    title: sectionFeedTitle(section, lang),
    description: section.description ?? getMessages(lang).footerNote,
    feedUrl: absoluteUrl(routes.sectionFeed(section.slug, lang)),
    siteUrl: site.baseUrl,
    language: lang,
    articles: await listArticlesInSection(section.slug, lang),
    sectionName: (slug) => getSection(slug, lang)?.name ?? slug,
  });
}

export async function getSitemap(): Promise<MetadataRoute.Sitemap> {
  'use cache';
  cacheLife('max');
  const articles = await listArticles();
  const versions = new Map(
    await Promise.all(
      articles.map(async (article) => [article.slug, await listStoryVersions(article)] as const),
    ),
  );
  return buildSitemap({
    baseUrl: getSite().baseUrl,
    articles,
    versionsOf: (article) => versions.get(article.slug) ?? [article],
    sections: listSections(),
    topics: await Promise.all(
      editionCodes().map(async (lang) => ({ lang, topics: await listTopics(lang) })),
    ),
  });
}

export function getRobots(): MetadataRoute.Robots {
  return buildRobots(absoluteUrl(routes.sitemap()));
}

/**
 * An RSS document as an HTTP response, with the type feed readers look for. Public, as Next.js
 * marks its own sitemap and icons: the same for every reader, so `npm start` lets shared caches
 * keep it for as long as it keeps pages (scripts/server/cache-control.mjs).
 */
export function rssResponse(xml: string): Response {
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=0, must-revalidate',
    },
  });
}

type FeedLink = { url: string; title: string };

/**
 * `alternates.types` for generateMetadata, so browsers and feed readers find the feeds from any
 * page. Metadata merges shallowly: a page that sets its own `alternates` (a canonical URL, say)
 * replaces the layout's, so it must pass these again. A section page adds its own feed.
 */
export function feedAlternateTypes(
  lang: string,
  section?: Section,
): { 'application/rss+xml': FeedLink[] } {
  const links: FeedLink[] = [{ url: routes.feed(lang), title: editionFeedTitle(lang) }];
  if (section)
    links.push({
      url: routes.sectionFeed(section.slug, lang),
      title: sectionFeedTitle(section, lang),
    });
  return { 'application/rss+xml': links };
}

/** The site's name, with the edition's own name for every edition but the default one. */
function editionFeedTitle(lang: string): string {
  const name = getSite().name;
  return lang === defaultEdition ? name : `${name} ${editionFor(lang).name}`;
}

function sectionFeedTitle(section: Section, lang: string): string {
  return `${section.name} | ${editionFeedTitle(lang)}`;
}
