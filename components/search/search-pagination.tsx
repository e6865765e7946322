import { searchMessages as t } from '@/lib/messages';
import { routes } from '@/lib/routes';

type Props = { query: string; page: number; totalPages: number };

/** Previous and next pages of the same query, as plain links. */
export function SearchPagination({ query, page, totalPages }: Props) {
  if (totalPages <= 1) return null;
  const linkClass =
    'rounded border border-neutral-300 px-4 py-2 font-semibold hover:border-brand hover:text-brand dark:border-neutral-700 dark:hover:border-brand-dark dark:hover:text-brand-dark';
  return (
    <nav
      aria-label={t.pagination}
      className="mt-10 flex max-w-3xl flex-wrap items-center justify-between gap-4 font-sans text-sm"
    >
      {page > 1 ? (
        <a href={routes.search(query, page - 1)} rel="prev" className={linkClass}>
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
            ←
          </span>{' '}
          {t.previous}
        </a>
      ) : (
        <span />
      )}
      <p aria-current="page">{t.pageOf(page, totalPages)}</p>
      {page < totalPages ? (
        <a href={routes.search(query, page + 1)} rel="next" className={linkClass}>
          {t.next}{' '}
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
            →
          </span>
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
