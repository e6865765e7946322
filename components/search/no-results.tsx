import type { Messages } from '@/lib/messages';
import type { Section } from '@/lib/sections';
import { SectionLinks } from '@/components/layout/section-links';

/** Nothing matched: say so, and offer the edition's sections as a way to browse instead. */
export function NoResults({
  query,
  sections,
  lang,
  messages,
}: {
  query: string;
  sections: readonly Section[];
  lang: string;
  messages: Messages;
}) {
  const t = messages.search;
  return (
    <div className="mt-6 max-w-3xl">
      <p className="text-lg">{t.noResults(query)}</p>
      <p className="mt-4 font-sans text-sm font-semibold">{t.browseSections}</p>
      <SectionLinks
        sections={sections}
        lang={lang}
        listClassName="mt-2 flex flex-wrap gap-2 font-sans text-sm"
        linkClassName="block rounded border border-neutral-300 px-3 py-1.5 font-semibold hover:border-brand hover:text-brand dark:border-neutral-700 dark:hover:border-brand-dark dark:hover:text-brand-dark"
      />
    </div>
  );
}
