import { routes } from '@/lib/routes';
import type { Section } from '@/lib/sections';

type Props = {
  /** The edition's sections, already named in its language. */
  sections: readonly Section[];
  lang: string;
  listClassName: string;
  linkClassName: string;
};

/** A list of links to every section's page: the header's bar, the footer's grid, search's suggestions. */
export function SectionLinks({ sections, lang, listClassName, linkClassName }: Props) {
  return (
    <ul className={listClassName}>
      {sections.map((section) => (
        <li key={section.slug}>
          <a href={routes.section(section.slug, lang)} className={linkClassName}>
            {section.name}
          </a>
        </li>
      ))}
    </ul>
  );
}
