import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { SectionListing } from '@/components/article-list/listings';
import { getSectionPage, sectionPageParams } from '@/lib/list-pages';
import { getMessages } from '@/lib/messages';
import { feedAlternateTypes } from '@/lib/feeds';
import { routes } from '@/lib/routes';
import { listSections } from '@/lib/sections';

export async function generateStaticParams() {
  const params = await sectionPageParams();
  // Cache Components needs one sample to validate the route against, even when no section has a page 2.
  return params.length > 0 ? params : [{ section: listSections()[0]?.slug ?? 'none', n: '2' }];
}

export async function generateMetadata({
  params,
}: PageProps<'/sections/[section]/page/[n]'>): Promise<Metadata> {
  const { section, n } = await params;
  const found = await getSectionPage(section, n);
  if (!found) return {};
  return {
    title: `${found.section.name} – ${getMessages().pageOf(found.page.page, found.page.totalPages)}`,
    alternates: {
      canonical: routes.section(found.section.slug, found.page.page),
      types: feedAlternateTypes(found.section),
    },
  };
}

export default async function SectionPageN({ params }: PageProps<'/sections/[section]/page/[n]'>) {
  const { section, n } = await params;
  if (n === '1') permanentRedirect(routes.section(section));
  const found = await getSectionPage(section, n);
  if (!found) notFound();
  return <SectionListing found={found} />;
}
