import { cacheLife } from 'next/cache';
import { logoImage } from '@/components/og/logo-image';
import { pngResponse, renderPng } from '@/lib/og';
import { getSite } from '@/lib/site/config';

async function drawLogo(): Promise<Uint8Array> {
  'use cache';
  cacheLife('max');
  const site = getSite();
  return renderPng(logoImage({ siteName: site.name, lang: site.defaultLanguage }));
}

/** The publisher logo named in structured data (600x60 PNG). */
export async function GET() {
  return pngResponse(await drawLogo());
}
