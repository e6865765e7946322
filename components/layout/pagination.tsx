import type { Messages } from '@/lib/messages';

type Props = {
  page: number;
  totalPages: number;
  /** URL of page n; page 1 is the list's own URL. */
  hrefFor: (page: number) => string;
  messages: Messages;
};

export function Pagination({ page, totalPages, hrefFor, messages }: Props) {
  if (totalPages <= 1) return null;
  const linkClass =
    'rounded border border-neutral-300 px-4 py-2 font-semibold hover:border-brand hover:text-brand dark:border-neutral-700 dark:hover:border-brand-dark dark:hover:text-brand-dark';
  return (
    <nav
      aria-label={messages.pagination}
      className="mt-10 flex items-center justify-between gap-4 font-sans text-sm"
    >
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev" className={linkClass}>
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
            ←
          </span>{' '}
          {messages.newerArticles}
        </a>
      ) : (
        <span />
      )}
      <p aria-current="page">{messages.pageOf(page, totalPages)}</p>
      {page < totalPages ? (
        <a href={hrefFor(page + 1)} rel="next" className={linkClass}>
          {messages.olderArticles}{' '}
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
