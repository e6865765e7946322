import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LatestArticles } from '@/components/article-list/latest-articles';
import { listArticles } from '@/lib/articles';
import { frontPageParams } from '@/lib/list-pages';
import { getMessages } from '@/lib/messages';
import { paginate, parsePageNumber } from '@/lib/pagination';
import { listSections } from '@/lib/sections';
import { getSite } from '@/lib/site';
import { feedAlternateTypes } from '@/lib/feeds';
import { routes } from '@/lib/routes';

export async function generateStaticParams() {
  // Deeper pages render on first request. Cache Components needs one sample to validate the
  // route against, even on a one-page site.
  const params = await frontPageParams();
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
