import 'server-only';
import type { NewsArticle, WebSite, WithContext } from 'schema-dts';
import type { Article } from '../articles';
import { logoSize } from './og-image';
import { routes } from '../routes';
import type { Section } from '../sections';
import { defaultEdition } from '../editions';
import { absoluteUrl, getSite } from '../site/config';

/** schema.org NewsArticle for an article page (search engines and link previews read it). */
export function newsArticleData(
  article: Article,
  context: {
    section: Section | undefined;
    image: { url: string; width: number; height: number };
    commentCount: number;
    /** The story's other language versions (same `story` key). */
    translations: readonly Article[];
  },
): WithContext<NewsArticle> {
  const site = getSite();
  const url = `${site.baseUrl}${routes.article(article.slug, article.lang)}`;
  const publisher = {
    '@type': 'NewsMediaOrganization' as const,
    name: site.name,
    url: site.baseUrl,
    logo: {
      '@type': 'ImageObject' as const,
      url: `${site.baseUrl}${routes.logo()}`,
      width: `${logoSize.width}`,
      height: `${logoSize.height}`,
    },
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    datePublished: article.date,
    dateModified: article.updated ?? article.date,
    author: article.author
      ? { '@type': 'Person', name: article.author }
      : { '@type': 'Organization', name: article.source },
    publisher,
    image: [
      {
        '@type': 'ImageObject',
        url: context.image.url,
        width: `${context.image.width}`,
        height: `${context.image.height}`,
      },
    ],
    articleSection: context.section?.name ?? article.section,
    keywords: article.tags.join(', '),
    inLanguage: article.lang,
    ...translationLinks(article, context.translations),
    ...(article.dateline ? { dateline: article.dateline } : {}),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    commentCount: context.commentCount,
  };
}

/**
 * How versions of one story relate, for schema.org: the original (the default edition's version,
 * or else the first published) lists the others as `workTranslation`; each other version names
 * it as `translationOfWork`.
 */
function translationLinks(
  article: Article,
  translations: readonly Article[],
): Pick<NewsArticle, 'translationOfWork' | 'workTranslation'> {
  if (translations.length === 0) return {};
  const versions = [article, ...translations];
  const original =
    versions.find((version) => version.lang === defaultEdition) ??
    [...versions].sort(
      (a, b) => a.publishedAt - b.publishedAt || a.slug.localeCompare(b.slug),
    )[0] ??
    article;
  const reference = (version: Article) => ({
    '@type': 'NewsArticle' as const,
    '@id': `${getSite().baseUrl}${routes.article(version.slug, version.lang)}`,
    inLanguage: version.lang,
    headline: version.title,
  });
  return original === article
    ? { workTranslation: translations.map(reference) }
    : { translationOfWork: reference(original) };
}

/** schema.org WebSite with the search box, for an edition's front page. */
export function webSiteData(lang: string): WithContext<WebSite> {
  const site = getSite();
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    url: absoluteUrl(routes.home(lang)),
    inLanguage: lang,
    potentialAction: {
      '@type': 'SearchAction',
      target: {
        '@type': 'EntryPoint',
        urlTemplate: `${site.baseUrl}${routes.search(lang)}?q={search_term_string}`,
      },
      // schema-dts has no field for Google's "query-input"; it is added where the data is printed.
    },
  };
}

/** JSON for a <script type="application/ld+json">, with "<" escaped so no text can close the script. */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
