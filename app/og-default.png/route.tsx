import { cacheLife } from 'next/cache';
import { SiteOgImage } from '@/components/og/article-og-image';
import { getMessages } from '@/lib/messages';
import { ogImageSize, renderPng } from '@/lib/og-image';
import { getSite } from '@/lib/site';

async function drawSiteCard(): Promise<Uint8Array> {
  'use cache';
  cacheLife('max');
  const site = getSite();
  return renderPng(
    <SiteOgImage siteName={site.name} tagline={getMessages(site.defaultLanguage).footerNote} />,
    ogImageSize,
  );
}

/** The default share image (1200x630 PNG) for pages without an article image. */
export async function GET() {
  return new Response(Buffer.from(await drawSiteCard()), {
    headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=86400' },
  });
}
