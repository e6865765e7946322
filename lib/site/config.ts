import 'server-only';
import { defaultEdition, findEdition } from '../editions';
import { getEnv } from '../env';

export type SiteConfig = {
  name: string;
  /** BCP 47 tag of the site's interface when a page has no article language of its own. */
  defaultLanguage: string;
  /** Absolute origin with no trailing slash, used for canonical and shared URLs. */
  baseUrl: string;
  /** Articles listed per page on the front, section and topic pages, and search results. */
  pageSize: number;
  /** IANA time zone for times of day (comments). */
  timeZone: string;
};

export function getSite(): SiteConfig {
  const env = getEnv();
  return {
    name: env.SITE_NAME,
    defaultLanguage: defaultEdition,
    baseUrl: env.SITE_URL,
    pageSize: 20,
    timeZone: env.TIME_ZONE,
  };
}

export function absoluteUrl(path: string): string {
  return new URL(path, `${getSite().baseUrl}/`).toString();
}

/** Open Graph's language_TERRITORY form of an edition's language. */
export function ogLocale(lang: string): string {
  return findEdition(lang)?.ogLocale ?? lang.replace('-', '_');
}
