import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LatestArticles } from '@/components/article-list/latest-articles';
import { listArticles } from '@/lib/articles';
import { frontPageParams } from '@/lib/pages/list-pages';
import { getMessages } from '@/lib/messages';
import { pageCount, paginate, parsePageNumber } from '@/lib/pages/pagination';
import { listSections } from '@/lib/sections';
import { getSite } from '@/lib/site/config';
import { feedAlternateTypes } from '@/lib/feeds';
import { routes } from '@/lib/routes';
import { resolveEdition } from '@/lib/editions/route-params';

export async function generateStaticParams({ params }: { params: { edition: string } }) {
  // Deeper pages render on first request. Cache Components needs one sample to validate the
  // route against, even on a one-page site.
  const pages = await frontPageParams(params.edition);
  return pages.length > 0 ? pages : [{ n: '2' }];
}

export async function generateMetadata({
  params,
}: PageProps<'/[edition]/page/[n]'>): Promise<Metadata> {
  const { edition, n } = await params;
  const { code } = resolveEdition(edition);
  const site = getSite();
  const messages = getMessages(code);
  const total = pageCount((await listArticles(code)).length, site.pageSize);
  return {
    title: `${messages.latest} – ${messages.pageOf(Number(n), total)}`,
    alternates: {
      canonical: routes.frontPage(Number(n), code),
      types: feedAlternateTypes(code),
    },
  };
}

export default async function FrontPageN({ params }: PageProps<'/[edition]/page/[n]'>) {
  const { edition, n } = await params;
  const { code } = resolveEdition(edition);
  const number = parsePageNumber(n);
  const site = getSite();
  const page =
    number === undefined ? undefined : paginate(await listArticles(code), number, site.pageSize);
  if (!page) notFound();
  const messages = getMessages(code);
  return (
    <>
      <h1 className="sr-only">{`${site.name}: ${messages.latest}`}</h1>
      <LatestArticles
        page={page}
        sections={listSections(code)}
        messages={messages}
        hrefFor={(number) => routes.frontPage(number, code)}
      />
    </>
  );
}
