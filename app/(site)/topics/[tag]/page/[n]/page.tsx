import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { TopicListing } from '@/components/article-list/listings';
import { getTopicPage, topicPageParams } from '@/lib/list-pages';
import { getMessages } from '@/lib/messages';
import { feedAlternateTypes } from '@/lib/feeds';
import { routes } from '@/lib/routes';

export async function generateStaticParams() {
  const params = await topicPageParams();
  return params.length > 0 ? params : [{ tag: 'none', n: '2' }];
}

export async function generateMetadata({
  params,
}: PageProps<'/topics/[tag]/page/[n]'>): Promise<Metadata> {
  const { tag, n } = await params;
  const found = await getTopicPage(tag, n);
  if (!found) return {};
  return {
    title: `${found.topic.name} – ${getMessages().pageOf(found.page.page, found.page.totalPages)}`,
    alternates: {
      canonical: routes.topic(found.topic.slug, found.page.page),
      types: feedAlternateTypes(),
    },
  };
}

export default async function TopicPageN({ params }: PageProps<'/topics/[tag]/page/[n]'>) {
  const { tag, n } = await params;
  if (n === '1') permanentRedirect(routes.topic(tag));
  const found = await getTopicPage(tag, n);
  if (!found) notFound();
  return <TopicListing found={found} />;
}
