import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleListPage } from '@/components/article-list/article-list-page';
import { getTopicPage, topicParams } from '@/lib/list-pages';
import { getMessages } from '@/lib/messages';
import { feedAlternateTypes } from '@/lib/feeds';
import { routes } from '@/lib/routes';
import { listSections } from '@/lib/sections';

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
  const messages = getMessages();
  return (
    <ArticleListPage
      kind={messages.topicLabel}
      title={found.topic.name}
      page={found.page}
      sections={listSections()}
      messages={messages}
      hrefFor={(n) => routes.topic(found.topic.slug, n)}
    />
  );
}
