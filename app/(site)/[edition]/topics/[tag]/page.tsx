import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TopicListing } from '@/components/article-list/listings';
import { resolveEdition } from '@/lib/editions/route-params';
import { feedAlternateTypes } from '@/lib/feeds';
import { getTopicPage, topicParams } from '@/lib/pages/list-pages';
import { topicDescription } from '@/lib/pages/metadata';
import { routes } from '@/lib/routes';

export async function generateStaticParams({ params }: { params: { edition: string } }) {
  const topics = await topicParams(params.edition);
  return topics.length > 0 ? topics : [{ tag: 'none' }];
}

export async function generateMetadata({
  params,
}: PageProps<'/[edition]/topics/[tag]'>): Promise<Metadata> {
  const { edition, tag } = await params;
  const { code } = resolveEdition(edition);
  const found = await getTopicPage(tag, code);
  if (!found) return {};
  return {
    title: found.topic.name,
    description: topicDescription(found.topic.name, code),
    alternates: {
      canonical: routes.topic(found.topic.slug, code),
      types: feedAlternateTypes(code),
    },
  };
}

export default async function TopicPage({ params }: PageProps<'/[edition]/topics/[tag]'>) {
  const { edition, tag } = await params;
  const { code } = resolveEdition(edition);
  const found = await getTopicPage(tag, code);
  if (!found) notFound();
  return <TopicListing found={found} lang={code} />;
}
