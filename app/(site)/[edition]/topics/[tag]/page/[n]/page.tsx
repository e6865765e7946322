import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TopicListing } from '@/components/article-list/listings';
import { resolveEdition } from '@/lib/editions/route-params';
import { feedAlternateTypes } from '@/lib/feeds';
import { getTopicPage, topicPageParams } from '@/lib/pages/list-pages';
import { topicDescription } from '@/lib/pages/metadata';
import { getMessages } from '@/lib/messages';
import { routes } from '@/lib/routes';

export async function generateStaticParams({ params }: { params: { edition: string } }) {
  const pages = await topicPageParams(params.edition);
  return pages.length > 0 ? pages : [{ tag: 'none', n: '2' }];
}

export async function generateMetadata({
  params,
}: PageProps<'/[edition]/topics/[tag]/page/[n]'>): Promise<Metadata> {
  const { edition, tag, n } = await params;
  const { code } = resolveEdition(edition);
  const found = await getTopicPage(tag, code, n);
  if (!found) return {};
  return {
    title: `${found.topic.name} – ${getMessages(code).pageOf(found.page.page, found.page.totalPages)}`,
    description: topicDescription(found.topic.name, code),
    alternates: {
      canonical: routes.topic(found.topic.slug, code, found.page.page),
      types: feedAlternateTypes(code),
    },
  };
}

export default async function TopicPageN({
  params,
}: PageProps<'/[edition]/topics/[tag]/page/[n]'>) {
  const { edition, tag, n } = await params;
  const { code } = resolveEdition(edition);
  const found = await getTopicPage(tag, code, n);
  if (!found) notFound();
  return <TopicListing found={found} lang={code} />;
}
