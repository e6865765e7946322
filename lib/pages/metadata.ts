import type { Metadata, Viewport } from 'next';
import { feedAlternateTypes } from '../feeds';
import { ogImageSize } from '../share/og-image';
import { routes } from '../routes';
import { getSite, ogLocale } from '../site/config';

/**
 * What every page of an edition inherits from its root layout: base URL, title template, the
 * edition's feed, share card.
 */
export function siteMetadata(lang: string): Metadata {
  const site = getSite();
  return {
    metadataBase: new URL(site.baseUrl),
    title: { default: site.name, template: `%s | ${site.name}` },
    // The site feed, advertised on every page that does not set `alternates` itself.
    alternates: { types: feedAlternateTypes(lang) },
    // Link previews for pages without their own (front, section, topic pages): the site's card.
    openGraph: {
      type: 'website',
      siteName: site.name,
      locale: ogLocale(lang),
      images: [{ url: routes.defaultOgImage(), ...ogImageSize, alt: site.name }],
    },
    twitter: { card: 'summary_large_image' },
  };
}

export const siteViewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0a0a0a' },
  ],
};
