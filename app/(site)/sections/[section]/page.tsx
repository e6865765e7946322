import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SectionListing } from '@/components/article-list/listings';
import { getSectionPage } from '@/lib/list-pages';
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
  return <SectionListing found={found} />;
}
