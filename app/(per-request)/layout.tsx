import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { SiteDocument } from '@/components/layout/site-document';
import { requestLanguage } from '@/lib/pages/page-language';
import { getRequestNonce } from '@/lib/request/context';
import { siteMetadata, siteViewport } from '@/lib/pages/metadata';
import '../globals.css';

// Pages that are different for every request (the moderator console, a comment's status, the
// report form) live under this root layout, which waits for the request before rendering
// anything. So nothing of them is prerendered: no static shell whose inline scripts could not
// carry proxy.ts's per-request nonce, and no cached page per URL (a random status token or
// comment id would otherwise leave one on disk). So they are rendered whole before any byte is
// sent, and work without JavaScript. `instant = false` lets this layout have no static shell.
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  return siteMetadata(await requestLanguage());
}

export const viewport: Viewport = siteViewport;

export default async function PerRequestLayout({ children }: { children: ReactNode }) {
  await connection();
  const nonce = await getRequestNonce();
  const lang = await requestLanguage();
  return (
    <SiteDocument lang={lang} {...(nonce ? { nonce } : {})}>
      {children}
    </SiteDocument>
  );
}
