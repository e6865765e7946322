import type { MetadataRoute } from 'next';
import { tagSlug, type Article, type Topic } from '../articles';
import { toInstant } from '../text/dates';
import { editionAlternates, languageAlternates } from '../editions/alternates';
import { editionCodes } from '../editions';
import { routes } from '../routes';
import type { Section } from '../sections';

export type SitemapInput = {
  /** Absolute origin of the site, with no trailing slash. */
  baseUrl: string;
  /** Published articles of every edition, newest first. */
  articles: readonly Article[];
  /** Every language version of an article's story, the article itself included. */
  versionsOf: (article: Article) => readonly Article[];
  sections: readonly Section[];
  /** Each edition's topics: a topic page exists only in the editions that have its tag. */
  topics: readonly { lang: string; topics: readonly Topic[] }[];
};

/**
 * Every public page a crawler should index: the front page, each article, section and topic.
 * A list page's lastModified is its newest article's, so crawlers revisit it only when it changed.
 */
export function buildSitemap({
  baseUrl,
  articles,
  versionsOf,
  sections,
  topics,
}: SitemapInput): MetadataRoute.Sitemap {
  const url = (pathname: string) => new URL(pathname, `${baseUrl}/`).toString();
  // Last changes per edition: of its front page, each section and each topic.
  const byEdition = new Map<string, string>();
  const bySection = new Map<string, string>();
  const byTopic = new Map<string, string>();
  for (const article of articles) {
    const changed = lastChange(article);
    const { lang } = article;
    byEdition.set(lang, later(byEdition.get(lang), changed));
    const section = `${lang}:${article.section}`;
    bySection.set(section, later(bySection.get(section), changed));
    for (const tag of article.tags) {
      const topic = `${lang}:${tagSlug(tag)}`;
      byTopic.set(topic, later(byTopic.get(topic), changed));
    }
  }
  // Pages every edition has list each other as alternates (hreflang), as articles list their
  // translations: crawlers then show each reader the version in their language.
  const everyEdition = (route: (lang: string) => string) => ({
    alternates: { languages: absolute(editionAlternates(route)) },
  });
  const absolute = (languages: Record<string, string>) =>
    Object.fromEntries(Object.entries(languages).map(([lang, path]) => [lang, url(path)]));
  return [
    ...editionCodes().map((lang) => ({
      url: url(routes.home(lang)),
      lastModified: byEdition.get(lang),
      ...everyEdition(routes.home),
    })),
    ...articles.map((article) => {
      const versions = versionsOf(article);
      return {
        url: url(routes.article(article.slug, article.lang)),
        lastModified: lastChange(article),
        ...(versions.length > 1
          ? {
              alternates: {
                languages: absolute(
                  languageAlternates(
                    new Map(
                      versions.map((version) => [
                        version.lang,
                        routes.article(version.slug, version.lang),
                      ]),
                    ),
                  ),
                ),
              },
            }
          : {}),
      };
    }),
    ...editionCodes().flatMap((lang) =>
      sections.map((section) => ({
        url: url(routes.section(section.slug, lang)),
        lastModified: bySection.get(`${lang}:${section.slug}`),
        ...everyEdition((other) => routes.section(section.slug, other)),
      })),
    ),
    ...topics.flatMap(({ lang, topics: list }) =>
      list.map((topic) => ({
        url: url(routes.topic(topic.slug, lang)),
        lastModified: byTopic.get(`${lang}:${topic.slug}`),
      })),
    ),
  ];
}

/** The date as the newsroom wrote it (a W3C date or date-time, which sitemaps accept as is). */
function lastChange(article: Article): string {
  return article.updated ?? article.date;
}

function later(current: string | undefined, candidate: string): string {
  return current === undefined || toInstant(candidate) > toInstant(current) ? candidate : current;
}
