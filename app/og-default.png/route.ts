import { cacheLife } from 'next/cache';
import { siteOgImage } from '@/components/og/site-og-image';
import { getMessages } from '@/lib/messages';
import { pngResponse, renderPng } from '@/lib/og';
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
  return pngResponse(await drawSiteCard());
}
