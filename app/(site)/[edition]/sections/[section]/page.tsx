import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SectionListing } from '@/components/article-list/listings';
import { editionAlternates } from '@/lib/editions/alternates';
import { resolveEdition } from '@/lib/editions/route-params';
import { feedAlternateTypes } from '@/lib/feeds';
import { getSectionPage } from '@/lib/pages/list-pages';
import { routes } from '@/lib/routes';
import { listSections } from '@/lib/sections';

export async function generateStaticParams() {
  return listSections().map((section) => ({ section: section.slug }));
}

export async function generateMetadata({
  params,
}: PageProps<'/[edition]/sections/[section]'>): Promise<Metadata> {
  const { edition, section: slug } = await params;
  const { code } = resolveEdition(edition);
  const found = await getSectionPage(slug, code);
  if (!found) return {};
  const { section } = found;
  return {
    title: section.name,
    ...(section.description ? { description: section.description } : {}),
    alternates: {
      canonical: routes.section(section.slug, code),
      languages: editionAlternates((lang) => routes.section(section.slug, lang)),
      types: feedAlternateTypes(code, section),
    },
  };
}

export default async function SectionPage({ params }: PageProps<'/[edition]/sections/[section]'>) {
  const { edition, section } = await params;
  const { code } = resolveEdition(edition);
  const found = await getSectionPage(section, code);
  if (!found) notFound();
  return <SectionListing found={found} lang={code} />;
}
