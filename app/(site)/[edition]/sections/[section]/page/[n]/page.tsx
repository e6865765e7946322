import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SectionListing } from '@/components/article-list/listings';
import { resolveEdition } from '@/lib/editions/route-params';
import { feedAlternateTypes } from '@/lib/feeds';
import { getSectionPage, sectionPageParams } from '@/lib/pages/list-pages';
import { getMessages } from '@/lib/messages';
import { routes } from '@/lib/routes';
import { listSections } from '@/lib/sections';

export async function generateStaticParams({ params }: { params: { edition: string } }) {
  const pages = await sectionPageParams(params.edition);
  // Cache Components needs one sample to validate the route against, even when no section has a page 2.
  return pages.length > 0 ? pages : [{ section: listSections()[0]?.slug ?? 'none', n: '2' }];
}

export async function generateMetadata({
  params,
}: PageProps<'/[edition]/sections/[section]/page/[n]'>): Promise<Metadata> {
  const { edition, section, n } = await params;
  const { code } = resolveEdition(edition);
  const found = await getSectionPage(section, code, n);
  if (!found) return {};
  return {
    title: `${found.section.name} – ${getMessages(code).pageOf(found.page.page, found.page.totalPages)}`,
    ...(found.section.description ? { description: found.section.description } : {}),
    alternates: {
      canonical: routes.section(found.section.slug, code, found.page.page),
      types: feedAlternateTypes(code, found.section),
    },
  };
}

export default async function SectionPageN({
  params,
}: PageProps<'/[edition]/sections/[section]/page/[n]'>) {
  const { edition, section, n } = await params;
  const { code } = resolveEdition(edition);
  const found = await getSectionPage(section, code, n);
  if (!found) notFound();
  return <SectionListing found={found} lang={code} />;
}
