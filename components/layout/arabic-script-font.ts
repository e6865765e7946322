import localFont from 'next/font/local';

/**
 * Noto Naskh Arabic, shipped with the project (npm @fontsource/noto-naskh-arabic), for pages in
 * the Arabic-script editions (Sorani, Arabic): it has every letter Sorani needs (ێ ۆ ڕ ڵ ڤ ە),
 * which many systems' fonts lack or draw badly.
 *
 * Only right-to-left documents name it (SiteDocument puts its variable on their <html>), and
 * nothing preloads it, so an English page never downloads it, even with a Sorani comment or the
 * editions menu's "کوردی" on it: those use the reader's system font. The unicode-range keeps
 * Latin text on RTL pages in the site's Latin fonts.
 */
export const arabicScriptFont = localFont({
  src: [
    {
      path: '../../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2',
      weight: '400',
      style: 'normal',
    },
    {
      path: '../../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2',
      weight: '700',
      style: 'normal',
    },
  ],
  variable: '--font-arabic-script',
  display: 'swap',
  preload: false,
  // The Arabic blocks, presentation forms, and the joiners and marks Arabic text uses.
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0600-06FF, U+0750-077F, U+0870-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC',
    },
  ],
});
