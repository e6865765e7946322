type Props = {
  page: number;
  totalPages: number;
  /** URL of page n; page 1 is the list's own URL. */
  hrefFor: (page: number) => string;
  /** What the list calls its pages: "Newer articles" / "Older articles", "Previous results" / "More results". */
  labels: { nav: string; previous: string; next: string; current: string };
};

/** Previous and next pages of any list (articles, search results, moderation queues), as plain links. */
export function Pagination({ page, totalPages, hrefFor, labels }: Props) {
  if (totalPages <= 1) return null;
  const linkClass =
    'rounded border border-neutral-300 px-4 py-2 font-semibold hover:border-brand hover:text-brand dark:border-neutral-700 dark:hover:border-brand-dark dark:hover:text-brand-dark';
  return (
    <nav
      aria-label={labels.nav}
      className="mt-10 flex flex-wrap items-center justify-between gap-4 font-sans text-sm"
    >
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev" className={linkClass}>
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
            ←
          </span>{' '}
          {labels.previous}
        </a>
      ) : (
        <span />
      )}
      <p aria-current="page">{labels.current}</p>
      {page < totalPages ? (
        <a href={hrefFor(page + 1)} rel="next" className={linkClass}>
          {labels.next}{' '}
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
