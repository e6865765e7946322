import { getImageSize, type Article } from '@/lib/articles';
import type { Messages } from '@/lib/messages';
import type { Page } from '@/lib/pages/pagination';
import type { Section } from '@/lib/sections';
import { ArticleCard } from './article-card';
import { ArticlePagination } from './article-pagination';
import { LeadStory } from './lead-story';

type Props = {
  page: Page<Article>;
  sections: readonly Section[];
  messages: Messages;
  hrefFor: (page: number) => string;
};

/** A page of the newest articles; the first page opens with the lead story. */
export function LatestArticles({ page, sections, messages, hrefFor }: Props) {
  const sectionOf = (article: Article) =>
    sections.find((section) => section.slug === article.section);
  const [lead, ...rest] = page.items;
  const showLead = page.page === 1 && lead !== undefined;
  const list = showLead ? rest : page.items;
  return (
    <>
      {showLead && (
        <LeadStory
          article={lead}
          section={sectionOf(lead)}
          imageSize={lead.image ? getImageSize(lead.image.src) : undefined}
          messages={messages}
        />
      )}
      <section aria-labelledby="latest-heading" className={showLead ? 'mt-12' : ''}>
        <h2
          id="latest-heading"
          className="font-sans text-sm font-bold tracking-wide text-neutral-600 uppercase dark:text-neutral-400"
        >
          {messages.latest}
          {page.page > 1 && (
            <span className="ms-2 font-normal normal-case">
              {messages.pageOf(page.page, page.totalPages)}
            </span>
          )}
        </h2>
        <div className="mt-4 grid gap-x-8 gap-y-6 sm:grid-cols-2 lg:grid-cols-3">
          {list.map((article) => (
            <ArticleCard key={article.slug} article={article} section={sectionOf(article)} />
          ))}
        </div>
      </section>
      <ArticlePagination page={page} messages={messages} hrefFor={hrefFor} />
    </>
  );
}
