import type { Metadata } from 'next';
import { firstParam } from '@/lib/request-values';
import { NoResults } from '@/components/search/no-results';
import { SearchForm } from '@/components/search/search-form';
import { Pagination } from '@/components/layout/pagination';
import { SearchResults } from '@/components/search/search-results';
import { getMessages } from '@/lib/messages';
import { parsePageNumber } from '@/lib/pagination';
import { routes } from '@/lib/routes';
import { searchArticles } from '@/lib/search';
import { listSections } from '@/lib/sections';

const t = getMessages().search;

// Result pages are endless variations of the site's own content: never indexed, links followed.
export const metadata: Metadata = {
  title: t.title,
  robots: { index: false, follow: true },
};

// The whole page waits for the search (a few milliseconds) instead of sending a static shell
// and streaming the results into it: streamed content is revealed by an inline script, so
// without JavaScript a reader would never see the results. Reading searchParams outside
// <Suspense> is what makes the route blocking; this export says that is intended.
export const instant = false;

export default async function SearchPage({ searchParams }: PageProps<'/search'>) {
  const params = await searchParams;
  const results = await searchArticles(
    firstParam(params.q) ?? '',
    parsePageNumber(firstParam(params.page) ?? '1') ?? 1,
  );
  const sections = listSections();
  return (
    <div className="py-4">
      <h1 className="font-serif text-3xl font-bold">{t.title}</h1>
      <SearchForm variant="page" query={results.query} />
      {results.query === '' ? (
        <p className="mt-4 max-w-2xl text-neutral-600 dark:text-neutral-400">{t.hint}</p>
      ) : results.total === 0 ? (
        <NoResults query={results.query} sections={sections} />
      ) : (
        <>
          <p className="mt-6 font-sans text-sm text-neutral-600 dark:text-neutral-400">
            {t.resultCount(results.total, results.query)}
          </p>
          <SearchResults hits={results.hits} sections={sections} label={t.results} />
          <Pagination
            page={results.page}
            totalPages={results.totalPages}
            hrefFor={(n) => routes.search(results.query, n)}
            labels={{
              nav: t.pagination,
              previous: t.previous,
              next: t.next,
              current: t.pageOf(results.page, results.totalPages),
            }}
          />
        </>
      )}
    </div>
  );
}
