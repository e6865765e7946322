import { consoleMessages as t } from '@/lib/messages';

/** Previous / next between pages of a queue or of the log. */
export function ConsolePagination({
  page,
  totalPages,
  hrefFor,
}: {
  page: number;
  totalPages: number;
  hrefFor: (page: number) => string;
}) {
  if (totalPages <= 1) return null;
  return (
    <nav aria-label={t.page(page, totalPages)} className="mt-6 flex items-center justify-between">
      {page > 1 ? (
        <a href={hrefFor(page - 1)} className="underline">
          {t.previous}
        </a>
      ) : (
        <span />
      )}
      <span>{t.page(page, totalPages)}</span>
      {page < totalPages ? (
        <a href={hrefFor(page + 1)} className="underline">
          {t.next}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
