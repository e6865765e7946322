import type { Metadata } from 'next';
import { LatestArticles } from '@/components/article-list/latest-articles';
import { listArticles } from '@/lib/articles';
import { getMessages } from '@/lib/messages';
import { paginate } from '@/lib/pagination';
import { listSections } from '@/lib/sections';
import { getSite } from '@/lib/site';
import { serializeJsonLd, webSiteData } from '@/lib/structured-data';
import { feedAlternateTypes } from '@/lib/feeds';
import { routes } from '@/lib/routes';

export const metadata: Metadata = {
  alternates: { canonical: '/', types: feedAlternateTypes() },
  openGraph: { type: 'website' },
};

export default async function FrontPage() {
  const site = getSite();
  const page = paginate(await listArticles(), 1, site.pageSize);
  const messages = getMessages(site.defaultLanguage);
  if (!page) return null;
  // Google's sitelinks search box reads "query-input" beside the SearchAction's target.
  const webSite = {
    ...webSiteData(),
    potentialAction: {
      ...webSiteData().potentialAction,
      'query-input': 'required name=search_term_string',
    },
  };
  return (
    <>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: serializeJsonLd(webSite) }}
      />
      <h1 className="sr-only">{site.name}</h1>
      <LatestArticles
        page={page}
        sections={listSections()}
        messages={messages}
        hrefFor={routes.frontPage}
      />
    </>
  );
}
