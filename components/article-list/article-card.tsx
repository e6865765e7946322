import type { ReactNode } from 'react';
import type { Article } from '@/lib/articles';
import { formatDisplayDate } from '@/lib/text/dates';
import { routes } from '@/lib/routes';
import type { Section } from '@/lib/sections';

type Props = {
  article: Article;
  section: Section | undefined;
  /** h2 where the card sits directly under the page's h1, h3 under a list heading. */
  headingLevel?: 2 | 3;
  /** Replaces the plain title and summary, e.g. with search matches marked. */
  title?: ReactNode;
  summary?: ReactNode;
};

/** An article in a list: section, date, headline and summary. */
export function ArticleCard({ article, section, headingLevel = 3, title, summary }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article
      lang={article.lang}
      className="flex flex-col gap-2 border-t border-neutral-200 pt-4 dark:border-neutral-800"
    >
      <div className="flex flex-wrap items-center gap-x-3 font-sans text-xs text-neutral-600 dark:text-neutral-400">
        {section && (
          <a
            href={routes.section(section.slug, article.lang)}
            className="font-bold tracking-wide text-brand uppercase hover:underline dark:text-brand-dark"
          >
            {section.name}
          </a>
        )}
        <time dateTime={article.date}>{formatDisplayDate(article.date, article.lang)}</time>
      </div>
      <Heading className="font-serif text-xl leading-snug font-bold">
        <a
          href={routes.article(article.slug, article.lang)}
          className="hover:text-brand hover:underline dark:hover:text-brand-dark"
        >
          {title ?? article.title}
        </a>
      </Heading>
      <p className="line-clamp-3 text-neutral-700 [overflow-wrap:anywhere] dark:text-neutral-300">
        {summary ?? article.summary}
      </p>
    </article>
  );
}
