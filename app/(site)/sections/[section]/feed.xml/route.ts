import { getSectionFeed, rssResponse } from '@/lib/feeds';
import { listSections } from '@/lib/sections';

export async function generateStaticParams() {
  return listSections().map((section) => ({ section: section.slug }));
}

export async function GET(
  _request: Request,
  { params }: RouteContext<'/sections/[section]/feed.xml'>,
) {
  // Sections change only with a build, so every real one is prerendered; anything else is a
  // mistyped URL (dynamicParams = false is not available under Cache Components).
  const xml = await getSectionFeed((await params).section);
  if (xml === undefined) return new Response('Not found', { status: 404 });
  return rssResponse(xml);
}
