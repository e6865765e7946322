import { SearchForm } from '@/components/layout/search-form';
import { ThemeToggle } from '@/components/layout/theme-toggle';
import { listEditions, textDirection } from '@/lib/editions';
import { routes } from '@/lib/routes';
import type { Messages } from '@/lib/messages';
import type { Section } from '@/lib/sections';
import { SectionLinks } from './section-links';

export function SiteHeader({
  siteName,
  sections,
  messages,
  lang,
}: {
  siteName: string;
  sections: Section[];
  messages: Messages;
  lang: string;
}) {
  return (
    <header className="border-b-4 border-brand bg-white dark:border-brand-dark dark:bg-neutral-950 print:hidden">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 pt-4 sm:flex-row sm:items-end sm:justify-between">
        <a
          href={routes.home(lang)}
          className="font-serif text-3xl font-bold tracking-tight text-neutral-900 dark:text-neutral-50"
        >
          {siteName}
        </a>
        <div className="flex flex-col gap-2 sm:items-end">
          <nav aria-label={messages.editionsNav}>
            <ul className="flex flex-wrap gap-x-3 gap-y-1 font-sans text-sm">
              {listEditions().map((edition) => (
                <li key={edition.code}>
                  <a
                    href={routes.home(edition.code)}
                    lang={edition.code}
                    dir={textDirection(edition.code)}
                    hrefLang={edition.code}
                    aria-current={edition.code === lang ? 'true' : undefined}
                    className="text-neutral-700 underline-offset-4 hover:underline aria-[current]:font-bold aria-[current]:text-neutral-950 dark:text-neutral-300 dark:aria-[current]:text-white"
                  >
                    {edition.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <div className="flex flex-wrap items-end gap-2 sm:justify-end">
            <ThemeToggle
              labels={{
                group: messages.themeLabel,
                system: messages.themeSystem,
                light: messages.themeLight,
                dark: messages.themeDark,
              }}
            />
            <SearchForm variant="header" lang={lang} messages={messages} />
          </div>
        </div>
      </div>
      <nav aria-label={messages.sectionsNav} className="mx-auto max-w-6xl px-4">
        <SectionLinks
          sections={sections}
          lang={lang}
          listClassName="-mx-1 flex gap-1 overflow-x-auto py-2 font-sans text-sm font-semibold whitespace-nowrap"
          linkClassName="block rounded px-2 py-1.5 text-neutral-700 hover:bg-neutral-100 hover:text-brand dark:text-neutral-300 dark:hover:bg-neutral-800 dark:hover:text-brand-dark"
        />
      </nav>
    </header>
  );
}
