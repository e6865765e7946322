import type { Metadata } from 'next';
import { LatestArticles } from '@/components/article-list/latest-articles';
import { listArticles } from '@/lib/articles';
import { getMessages } from '@/lib/messages';
import { paginate } from '@/lib/pages/pagination';
import { listSections } from '@/lib/sections';
import { getSite } from '@/lib/site/config';
import { serializeJsonLd, webSiteData } from '@/lib/share/structured-data';
import { feedAlternateTypes } from '@/lib/feeds';
import { routes } from '@/lib/routes';
import { editionAlternates } from '@/lib/editions/alternates';
import { resolveEdition } from '@/lib/editions/route-params';

export async function generateMetadata({ params }: PageProps<'/[edition]'>): Promise<Metadata> {
  const { code } = resolveEdition((await params).edition);
  return {
    alternates: {
      canonical: routes.home(code),
      languages: editionAlternates(routes.home),
      types: feedAlternateTypes(code),
    },
    openGraph: { type: 'website' },
  };
}

export default async function FrontPage({ params }: PageProps<'/[edition]'>) {
  const { code } = resolveEdition((await params).edition);
  const site = getSite();
  const page = paginate(await listArticles(code), 1, site.pageSize);
  const messages = getMessages(code);
  if (!page) return null;
  // Google's sitelinks search box reads "query-input" beside the SearchAction's target.
  const webSite = {
    ...webSiteData(code),
    potentialAction: {
      ...webSiteData(code).potentialAction,
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
        sections={listSections(code)}
        messages={messages}
        hrefFor={(n) => routes.frontPage(n, code)}
      />
    </>
  );
}
