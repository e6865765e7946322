import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LatestArticles } from '@/components/article-list/latest-articles';
import { listArticles } from '@/lib/articles';
import { getEnv } from '@/lib/env';
import { getMessages } from '@/lib/messages';
import { paginate, parsePageNumber } from '@/lib/pagination';
import { listSections } from '@/lib/sections';
import { getSite } from '@/lib/site';
import { feedAlternateTypes } from '@/lib/feeds';
import { routes } from '@/lib/routes';

export async function generateStaticParams() {
  // Prerender the pages that list prerendered articles; deeper pages render on first request.
  const prerendered = Math.min((await listArticles()).length, getEnv().PRERENDER_ARTICLES);
  const pages = Math.ceil(prerendered / getSite().pageSize);
  const params = Array.from({ length: Math.max(0, pages - 1) }, (_, i) => ({ n: String(i + 2) }));
  // Cache Components needs one sample to validate the route against, even on a one-page site.
  return params.length > 0 ? params : [{ n: '2' }];
}

export async function generateMetadata({ params }: PageProps<'/page/[n]'>): Promise<Metadata> {
  const { n } = await params;
  const site = getSite();
  const messages = getMessages(site.defaultLanguage);
  return {
    title: `${messages.latest} – ${messages.pageOf(Number(n), Math.ceil((await listArticles()).length / site.pageSize))}`,
    alternates: { canonical: `/page/${n}`, types: feedAlternateTypes() },
  };
}

export default async function FrontPageN({ params }: PageProps<'/page/[n]'>) {
  const { n } = await params;
  const number = parsePageNumber(n);
  const site = getSite();
  const page =
    number === undefined ? undefined : paginate(await listArticles(), number, site.pageSize);
  if (!page) notFound();
  return (
    <>
      <h1 className="sr-only">{`${site.name}: ${getMessages(site.defaultLanguage).latest}`}</h1>
      <LatestArticles
        page={page}
        sections={listSections()}
        messages={getMessages(site.defaultLanguage)}
        hrefFor={routes.frontPage}
      />
    </>
  );
}
