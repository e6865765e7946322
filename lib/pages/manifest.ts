import 'server-only';
import type { MetadataRoute } from 'next';
import { textDirection } from '../editions';
import { getMessages } from '../messages';
import { routes } from '../routes';
import { getSite } from '../site/config';

/**
 * The web app manifest (/manifest.webmanifest): what a phone shows when a reader adds the site
 * to their home screen. The icons are the files in app/ (scripts/make-icons.mjs draws them).
 */
export function webAppManifest(): MetadataRoute.Manifest {
  const site = getSite();
  const lang = site.defaultLanguage;
  return {
    name: site.name,
    short_name: site.name,
    description: getMessages(lang).footerNote,
    lang,
    dir: textDirection(lang),
    start_url: routes.home(lang),
    scope: '/',
    display: 'standalone',
    // The pages' own light background (lib/pages/metadata.ts's theme colour for light screens).
    background_color: '#ffffff',
    theme_color: '#ffffff',
    icons: [
      { src: '/icon.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/apple-icon.png', sizes: '180x180', type: 'image/png', purpose: 'any' },
    ],
  };
}
