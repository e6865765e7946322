import { routes } from '@/lib/routes';
import type { Article } from '@/lib/articles';
import { formatDisplayDate } from '@/lib/dates';
import type { Section } from '@/lib/sections';

export function ArticleCard({
  article,
  section,
}: {
  article: Article;
  section: Section | undefined;
}) {
  return (
    <article
      lang={article.lang}
      className="flex flex-col gap-2 border-t border-neutral-200 pt-4 dark:border-neutral-800"
    >
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
      <h3 className="font-serif text-xl leading-snug font-bold">
        <a
          href={routes.article(article.slug)}
          className="hover:text-brand hover:underline dark:hover:text-brand-dark"
        >
          {article.title}
        </a>
      </h3>
      <p className="line-clamp-3 text-neutral-700 dark:text-neutral-300">{article.summary}</p>
    </article>
  );
}
