import { Pagination } from '@/components/layout/pagination';
import type { Article } from '@/lib/articles';
import type { Messages } from '@/lib/messages';
import type { Page } from '@/lib/pages/pagination';

type Props = {
  page: Page<Article>;
  messages: Messages;
  /** URL of page n; page 1 is the list's own URL. */
  hrefFor: (page: number) => string;
};

/** Newer and older pages of an article list: the front page, a section or a topic. */
export function ArticlePagination({ page, messages, hrefFor }: Props) {
  return (
    <Pagination
      page={page.page}
      totalPages={page.totalPages}
      hrefFor={hrefFor}
      labels={{
        nav: messages.pagination,
        previous: messages.newerArticles,
        next: messages.olderArticles,
        current: messages.pageOf(page.page, page.totalPages),
      }}
    />
  );
}
