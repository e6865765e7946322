import type { Metadata } from 'next';
import { cacheLife } from 'next/cache';
import { PageNotFound } from '@/components/layout/page-not-found';
import { SiteDocument } from '@/components/layout/site-document';
import { defaultEdition } from '@/lib/editions';
import { getMessages } from '@/lib/messages';
import { siteMetadata } from '@/lib/pages/metadata';
import './globals.css';

// A URL that matches no route, or (from the server, scripts/server/known-routes.mjs) an article,
// section or topic that does not exist. With two root layouts there is no single layout to wrap
// a 404 in, so this page is a whole document: the same one the site's pages use.
export const metadata: Metadata = {
  ...siteMetadata(defaultEdition),
  title: getMessages(defaultEdition).notFoundTitle,
  robots: { index: false },
};

export default async function GlobalNotFound() {
  'use cache';
  cacheLife('max'); // as the site's root layout: the footer's year is read at build time
  return (
    <SiteDocument lang={defaultEdition}>
      <PageNotFound />
    </SiteDocument>
  );
}
