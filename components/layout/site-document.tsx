import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { textDirection } from '@/lib/editions';
import { arabicScriptFont } from './arabic-script-font';
import { getMessages } from '@/lib/messages';
import { listSections } from '@/lib/sections';
import { getSite } from '@/lib/site/config';
import { enhanceScriptUrl } from '@/lib/site/enhance-script';
import { textSizeInlineScript } from '@/lib/site/text-size';
import { themeInlineScript } from '@/lib/site/theme';

/**
 * The whole HTML document around every page: the prerendered site and the pages rendered per
 * request (console, comment status and reports) share it, in the edition's language and
 * direction. `nonce` is given on the latter, whose
 * Content-Security-Policy runs only scripts that carry it.
 */
export function SiteDocument({
  children,
  lang,
  nonce,
}: {
  children: ReactNode;
  /** The edition the page belongs to: its language, direction and interface text. */
  lang: string;
  nonce?: string;
}) {
  const site = getSite();
  const messages = getMessages(lang);
  const sections = listSections(lang);
  return (
    <html
      lang={lang}
      dir={textDirection(lang)}
      className={textDirection(lang) === 'rtl' ? arabicScriptFont.variable : undefined}
    >
      {/* eslint-disable-next-line @next/next/no-head-element -- the root layouts' own <head>, shared by two root layouts */}
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: textSizeInlineScript }} />
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: themeInlineScript }} />
        {/* Everything the public pages do in the browser (they carry no React runtime). */}
        <script src={enhanceScriptUrl()} defer nonce={nonce} />
      </head>
      <body className="min-h-screen bg-white font-sans text-neutral-900 antialiased dark:bg-neutral-950 dark:text-neutral-100">
        <a
          href="#main"
          className="sr-only rounded bg-brand px-4 py-2 text-white focus:not-sr-only focus:absolute focus:start-4 focus:top-4 focus:z-50"
        >
          {messages.skipToContent}
        </a>
        <SiteHeader siteName={site.name} sections={sections} messages={messages} lang={lang} />
        <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
          {children}
        </main>
        <SiteFooter
          siteName={site.name}
          sections={sections}
          messages={messages}
          lang={lang}
          year={new Date().getFullYear()}
        />
      </body>
    </html>
  );
}
