import { Pagination } from '@/components/layout/pagination';
import { consoleMessages as t } from '@/lib/messages';

type Props = {
  page: number;
  totalPages: number;
  /** URL of page n of this queue or of the log. */
  hrefFor: (page: number) => string;
};

/** Previous and next pages of a moderation queue or of the log. */
export function ConsolePagination({ page, totalPages, hrefFor }: Props) {
  return (
    <Pagination
      page={page}
      totalPages={totalPages}
      hrefFor={hrefFor}
      labels={{
        nav: t.page(page, totalPages),
        previous: t.previous,
        next: t.next,
        current: t.page(page, totalPages),
      }}
    />
  );
}
