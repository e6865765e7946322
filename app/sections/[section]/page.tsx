import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleListPage } from '@/components/article-list/article-list-page';
import { getSectionPage } from '@/lib/list-pages';
import { getMessages } from '@/lib/messages';
import { feedAlternateTypes } from '@/lib/feeds';
import { routes } from '@/lib/routes';
import { listSections } from '@/lib/sections';

export async function generateStaticParams() {
  return listSections().map((section) => ({ section: section.slug }));
}

export async function generateMetadata({
  params,
}: PageProps<'/sections/[section]'>): Promise<Metadata> {
  const found = await getSectionPage((await params).section);
  if (!found) return {};
  const { section } = found;
  return {
    title: section.name,
    description: section.description,
    alternates: {
      canonical: routes.section(section.slug),
      types: feedAlternateTypes(section),
    },
  };
}

export default async function SectionPage({ params }: PageProps<'/sections/[section]'>) {
  const found = await getSectionPage((await params).section);
  if (!found) notFound();
  const messages = getMessages();
  return (
    <ArticleListPage
      kind={messages.sectionLabel}
      title={found.section.name}
      description={found.section.description}
      page={found.page}
      sections={listSections()}
      messages={messages}
      hrefFor={(n) => routes.section(found.section.slug, n)}
    />
  );
}
