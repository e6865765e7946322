// Every piece of interface text, in one place, so language editions can add catalogs later
// without hunting through components. Components take strings from here, never literals.

const en = {
  skipToContent: 'Skip to main content',
  sectionsNav: 'Sections',
  home: 'Home',
  latest: 'Latest news',
  leadStory: 'Lead story',
  published: 'Published',
  updated: 'Updated',
  source: 'Source',
  by: 'By',
  minRead: (minutes: number) => `${minutes} min read`,
  tags: 'Tags',
  draft: 'Draft: not visible in production',
  textSize: 'Text size',
  increaseTextSize: 'Increase text size',
  decreaseTextSize: 'Decrease text size',
  pagination: 'Pagination',
  newerArticles: 'Newer articles',
  olderArticles: 'Older articles',
  pageOf: (page: number, total: number) => `Page ${page} of ${total}`,
  notFoundTitle: 'Page not found',
  notFoundBody: 'The page you were looking for does not exist or has moved.',
  backToFront: 'Go to the front page',
  errorTitle: 'Something went wrong',
  errorBody: 'The page could not be shown. Please try again in a moment.',
  tryAgain: 'Try again',
  footerNote: 'Independent news, read and discussed.',
  allRights: (year: number, name: string) => `© ${year} ${name}`,
} as const;

export type Messages = typeof en;

const catalogs: Record<string, Messages> = { en };

/** Interface text for a language; falls back to English until that edition has its catalog. */
export function getMessages(lang: string = 'en'): Messages {
  return catalogs[lang] ?? catalogs[lang.split('-')[0] ?? ''] ?? en;
}

// Languages written right to left that an edition of this site may use (Sorani, Arabic, ...).
const rightToLeft = new Set(['ar', 'ckb', 'fa', 'he', 'ur', 'ps', 'sd', 'yi', 'dv']);

/** Writing direction of a language, for `<html dir>`. */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  return rightToLeft.has(lang.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
}
