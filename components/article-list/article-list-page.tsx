import type { Article } from '@/lib/articles';
import type { Messages } from '@/lib/messages';
import type { Page } from '@/lib/pages/pagination';
import type { Section } from '@/lib/sections';
import { ArticleCard } from './article-card';
import { ArticlePagination } from './article-pagination';

type Props = {
  /** What the list is: "Iraq", or a topic's name. */
  title: string;
  /** A small label above the title, e.g. "Section" or "Topic". */
  kind: string;
  description?: string;
  page: Page<Article>;
  sections: readonly Section[];
  messages: Messages;
  hrefFor: (page: number) => string;
};

/** A section's or a topic's articles, newest first, paginated like the front page. */
export function ArticleListPage({
  title,
  kind,
  description,
  page,
  sections,
  messages,
  hrefFor,
}: Props) {
  const sectionOf = (article: Article) =>
    sections.find((section) => section.slug === article.section);
  return (
    <>
      <header className="border-b border-neutral-200 pb-4 dark:border-neutral-800">
        <p className="font-sans text-xs font-bold tracking-wide text-brand uppercase dark:text-brand-dark">
          {kind}
        </p>
        <h1 className="mt-1 font-serif text-4xl font-bold">{title}</h1>
        {description && (
          <p className="mt-2 text-lg text-neutral-700 dark:text-neutral-300">{description}</p>
        )}
        {page.totalPages > 1 && (
          <p className="mt-2 font-sans text-sm text-neutral-600 dark:text-neutral-400">
            {messages.pageOf(page.page, page.totalPages)}
          </p>
        )}
      </header>
      <div className="mt-6 grid gap-x-8 gap-y-6 sm:grid-cols-2 lg:grid-cols-3">
        {page.items.map((article) => (
          <ArticleCard
            key={article.slug}
            article={article}
            section={sectionOf(article)}
            headingLevel={2}
          />
        ))}
      </div>
      <ArticlePagination page={page} messages={messages} hrefFor={hrefFor} />
    </>
  );
}
