import type { Metadata, Viewport } from 'next';
import { feedAlternateTypes } from '../feeds';
import { getMessages } from '../messages';
import { ogImageSize } from '../share/og-image';
import { routes } from '../routes';
import { getSite, ogLocale } from '../site/config';

/**
 * What every page of an edition inherits from its root layout: base URL, title template, a
 * description (the site's own line, for the front page and its older pages; articles, sections,
 * topics and search give their own), the edition's feed, share card.
 */
export function siteMetadata(lang: string): Metadata {
  const site = getSite();
  return {
    metadataBase: new URL(site.baseUrl),
    title: { default: site.name, template: `%s | ${site.name}` },
    description: getMessages(lang).footerNote,
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

/** A topic page's description, in its edition's language: what the page is, then the site's line. */
export function topicDescription(topicName: string, lang: string): string {
  const messages = getMessages(lang);
  return `${messages.topicLabel}: ${topicName}. ${messages.footerNote}`;
}

export const siteViewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0a0a0a' },
  ],
};
