import type { Metadata, Viewport } from 'next';
import { cacheLife } from 'next/cache';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { feedAlternateTypes } from '@/lib/feeds';
import { getMessages, textDirection } from '@/lib/messages';
import { listSections } from '@/lib/sections';
import { ogImageSize } from '@/lib/og-image';
import { routes } from '@/lib/routes';
import { getSite, ogLocale } from '@/lib/site';
import { textSizeInlineScript } from '@/lib/text-size';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const site = getSite();
  return {
    metadataBase: new URL(site.baseUrl),
    title: { default: site.name, template: `%s | ${site.name}` },
    // The site feed, advertised on every page that does not set `alternates` itself.
    alternates: { types: feedAlternateTypes() },
    // Link previews for pages without their own (front, section, topic pages): the site's card.
    openGraph: {
      type: 'website',
      siteName: site.name,
      locale: ogLocale(site.defaultLanguage),
      images: [{ url: routes.defaultOgImage(), ...ogImageSize, alt: site.name }],
    },
    twitter: { card: 'summary_large_image' },
  };
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0a0a0a' },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  'use cache';
  // The chrome changes only with a new build (sections, site name); the year in the footer may
  // lag a few days at New Year, which is a fair price for a fully static shell.
  cacheLife('max');
  const site = getSite();
  const messages = getMessages(site.defaultLanguage);
  const sections = listSections();
  return (
    <html lang={site.defaultLanguage} dir={textDirection(site.defaultLanguage)}>
      <head>
        <script dangerouslySetInnerHTML={{ __html: textSizeInlineScript }} />
      </head>
      <body className="min-h-screen bg-white font-sans text-neutral-900 antialiased dark:bg-neutral-950 dark:text-neutral-100">
        <a
          href="#main"
          className="sr-only rounded bg-brand px-4 py-2 text-white focus:not-sr-only focus:absolute focus:start-4 focus:top-4 focus:z-50"
        >
          {messages.skipToContent}
        </a>
        <SiteHeader siteName={site.name} sections={sections} messages={messages} />
        <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
          {children}
        </main>
        <SiteFooter
          siteName={site.name}
          sections={sections}
          messages={messages}
          year={new Date().getFullYear()}
        />
      </body>
    </html>
  );
}
