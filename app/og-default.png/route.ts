import { cacheLife } from 'next/cache';
import { siteOgImage } from '@/components/og/site-og-image';
import { getMessages } from '@/lib/messages';
import { renderPng } from '@/lib/og';
import { getSite } from '@/lib/site/config';

async function drawSiteCard(): Promise<Uint8Array> {
  'use cache';
  cacheLife('max');
  const site = getSite();
  return renderPng(
    siteOgImage({
      siteName: site.name,
      tagline: getMessages(site.defaultLanguage).footerNote,
      lang: site.defaultLanguage,
    }),
  );
}

/** The default share image (1200x630 PNG) for pages without an article image. */
export async function GET() {
  return new Response(Buffer.from(await drawSiteCard()), {
    headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=86400' },
  });
}
