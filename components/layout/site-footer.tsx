import type { Messages } from '@/lib/messages';
import type { Section } from '@/lib/sections';
import { SectionLinks } from './section-links';

export function SiteFooter({
  siteName,
  sections,
  messages,
  lang,
  year,
}: {
  siteName: string;
  sections: Section[];
  messages: Messages;
  lang: string;
  year: number;
}) {
  return (
    <footer className="mt-16 print:hidden border-t border-neutral-200 bg-neutral-50 font-sans text-sm text-neutral-600 dark:border-neutral-800 dark:bg-neutral-900 dark:text-neutral-400">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:grid-cols-[1fr_2fr]">
        <div>
          <p className="font-serif text-xl font-bold text-neutral-900 dark:text-neutral-100">
            {siteName}
          </p>
          <p className="mt-1">{messages.footerNote}</p>
        </div>
        <nav aria-label={`${messages.sectionsNav} (footer)`}>
          <SectionLinks
            sections={sections}
            lang={lang}
            listClassName="grid grid-cols-2 gap-2 sm:grid-cols-3"
            linkClassName="hover:text-brand hover:underline dark:hover:text-brand-dark"
          />
        </nav>
      </div>
      <p className="mx-auto max-w-6xl px-4 pb-8">{messages.allRights(year, siteName)}</p>
    </footer>
  );
}
