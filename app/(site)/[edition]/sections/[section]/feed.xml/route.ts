import { resolveEdition } from '@/lib/editions/route-params';
import { getSectionFeed, rssResponse } from '@/lib/feeds';
import { listSections } from '@/lib/sections';

export async function generateStaticParams() {
  return listSections().map((section) => ({ section: section.slug }));
}

export async function GET(
  _request: Request,
  { params }: RouteContext<'/[edition]/sections/[section]/feed.xml'>,
) {
  // Sections change only with a build, so every real one is prerendered; anything else is a
  // mistyped URL (dynamicParams = false is not available under Cache Components).
  const { edition, section } = await params;
  const xml = await getSectionFeed(section, resolveEdition(edition).code);
  if (xml === undefined) return new Response('Not found', { status: 404 });
  return rssResponse(xml);
}
