import 'server-only';
import type { NewsArticle, WebSite, WithContext } from 'schema-dts';
import type { Article } from './articles';
import { logoSize } from './og-image';
import { routes } from './routes';
import type { Section } from './sections';
import { getSite } from './site';

/** schema.org NewsArticle for an article page (search engines and link previews read it). */
export function newsArticleData(
  article: Article,
  context: {
    section: Section | undefined;
    image: { url: string; width: number; height: number };
    commentCount: number;
  },
): WithContext<NewsArticle> {
  const site = getSite();
  const url = `${site.baseUrl}${routes.article(article.slug)}`;
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
    ...(article.dateline ? { dateline: article.dateline } : {}),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    commentCount: context.commentCount,
  };
}

/** schema.org WebSite with the search box, for the front page. */
export function webSiteData(): WithContext<WebSite> {
  const site = getSite();
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    url: site.baseUrl,
    inLanguage: site.defaultLanguage,
    potentialAction: {
      '@type': 'SearchAction',
      target: {
        '@type': 'EntryPoint',
        urlTemplate: `${site.baseUrl}/search?q={search_term_string}`,
      },
      // schema-dts has no field for Google's "query-input"; it is added where the data is printed.
    },
  };
}

/** JSON for a <script type="application/ld+json">, with "<" escaped so no text can close the script. */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
