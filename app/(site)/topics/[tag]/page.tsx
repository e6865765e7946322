import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TopicListing } from '@/components/article-list/listings';
import { getTopicPage, topicParams } from '@/lib/list-pages';
import { feedAlternateTypes } from '@/lib/feeds';
import { routes } from '@/lib/routes';

export async function generateStaticParams() {
  const params = await topicParams();
  return params.length > 0 ? params : [{ tag: 'none' }];
}

export async function generateMetadata({ params }: PageProps<'/topics/[tag]'>): Promise<Metadata> {
  const found = await getTopicPage((await params).tag);
  if (!found) return {};
  return {
    title: found.topic.name,
    alternates: { canonical: routes.topic(found.topic.slug), types: feedAlternateTypes() },
  };
}

export default async function TopicPage({ params }: PageProps<'/topics/[tag]'>) {
  const found = await getTopicPage((await params).tag);
  if (!found) notFound();
  return <TopicListing found={found} />;
}
