import type { Article } from '@/lib/articles';
import { formatDisplayDate } from '@/lib/dates';
import { routes } from '@/lib/routes';
import type { SearchHit } from '@/lib/search';
import type { Section } from '@/lib/sections';
import { Highlighted } from './highlighted';

type Props = { hits: readonly SearchHit[]; sections: readonly Section[]; label: string };

/** One page of results, best first: headline, section and date, and the words around the match. */
export function SearchResults({ hits, sections, label }: Props) {
  const sectionOf = (article: Article) =>
    sections.find((section) => section.slug === article.section);
  return (
    <ol aria-label={label} className="mt-6 flex max-w-3xl flex-col gap-6">
      {hits.map(({ article, title, excerpt }) => {
        const section = sectionOf(article);
        return (
          <li key={article.slug}>
            <article
              lang={article.lang}
              className="flex flex-col gap-2 border-t border-neutral-200 pt-4 dark:border-neutral-800"
            >
              <h2 className="font-serif text-xl leading-snug font-bold">
                <a
                  href={routes.article(article.slug)}
                  className="hover:text-brand hover:underline dark:hover:text-brand-dark"
                >
                  <Highlighted segments={title} />
                </a>
              </h2>
              <div className="flex flex-wrap items-center gap-x-3 font-sans text-xs text-neutral-600 dark:text-neutral-400">
                {section && (
                  <a
                    href={routes.section(section.slug)}
                    className="font-bold tracking-wide text-brand uppercase hover:underline dark:text-brand-dark"
                  >
                    {section.name}
                  </a>
                )}
                <time dateTime={article.date}>{formatDisplayDate(article.date)}</time>
              </div>
              <p className="text-neutral-700 [overflow-wrap:anywhere] dark:text-neutral-300">
                <Highlighted segments={excerpt} />
              </p>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
