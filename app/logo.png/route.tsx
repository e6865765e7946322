import { cacheLife } from 'next/cache';
import { LogoImage } from '@/components/og/article-og-image';
import { logoSize, renderPng } from '@/lib/og-image';
import { getSite } from '@/lib/site';

async function drawLogo(): Promise<Uint8Array> {
  'use cache';
  cacheLife('max');
  return renderPng(<LogoImage siteName={getSite().name} />, logoSize);
}

/** The publisher logo named in structured data (600x60 PNG). */
export async function GET() {
  return new Response(Buffer.from(await drawLogo()), {
    headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=86400' },
  });
}
