import type { Article } from '@/lib/articles';
import { formatDisplayDate } from '@/lib/text/dates';
import type { Messages } from '@/lib/messages';
import { routes } from '@/lib/routes';
import type { Section } from '@/lib/sections';

type Props = {
  section: Section | undefined;
  related: Article[];
  alsoInSection: Article[];
  older: Article | undefined;
  newer: Article | undefined;
  messages: Messages;
  /** The edition the reader is in (the article's language). */
  lang: string;
};

function Teaser({ article }: { article: Article }) {
  return (
    <li className="border-t border-neutral-200 pt-3 dark:border-neutral-800">
      <a
        href={routes.article(article.slug, article.lang)}
        className="font-serif text-lg leading-snug font-bold hover:text-brand hover:underline dark:hover:text-brand-dark"
      >
        {article.title}
      </a>
      <p className="mt-1 font-sans text-xs text-neutral-600 dark:text-neutral-400">
        <time dateTime={article.date}>{formatDisplayDate(article.date, article.lang)}</time>
      </p>
    </li>
  );
}

/** After the article: previous/next in its section, related articles by shared tags, and more from the section. */
export function ReadingNext({
  section,
  related,
  alsoInSection,
  older,
  newer,
  messages,
  lang,
}: Props) {
  return (
    <div className="mx-auto mt-12 max-w-3xl space-y-10 print:hidden">
      {(older || newer) && (
        <nav aria-label={messages.moreFromSection} className="grid gap-4 font-sans sm:grid-cols-2">
          {older ? (
            <a
              href={routes.article(older.slug, older.lang)}
              rel="prev"
              className="rounded border border-neutral-300 p-3 hover:border-brand dark:border-neutral-700"
            >
              <span className="block text-xs text-neutral-600 uppercase dark:text-neutral-400">
                {messages.olderInSection}
              </span>
              <span className="font-serif font-bold">{older.title}</span>
            </a>
          ) : (
            <span />
          )}
          {newer && (
            <a
              href={routes.article(newer.slug, newer.lang)}
              rel="next"
              className="rounded border border-neutral-300 p-3 text-end hover:border-brand dark:border-neutral-700"
            >
              <span className="block text-xs text-neutral-600 uppercase dark:text-neutral-400">
                {messages.newerInSection}
              </span>
              <span className="font-serif font-bold">{newer.title}</span>
            </a>
          )}
        </nav>
      )}
      {related.length > 0 && (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading" className="font-sans text-sm font-bold tracking-wide uppercase">
            {messages.relatedHeading}
          </h2>
          <ul className="mt-3 grid gap-4 sm:grid-cols-2">
            {related.map((article) => (
              <Teaser key={article.slug} article={article} />
            ))}
          </ul>
        </section>
      )}
      {section && alsoInSection.length > 0 && (
        <section aria-labelledby="also-in-heading">
          <h2 id="also-in-heading" className="font-sans text-sm font-bold tracking-wide uppercase">
            <a href={routes.section(section.slug, lang)} className="hover:underline">
              {messages.alsoIn(section.name)}
            </a>
          </h2>
          <ul className="mt-3 grid gap-4 sm:grid-cols-2">
            {alsoInSection.map((article) => (
              <Teaser key={article.slug} article={article} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
