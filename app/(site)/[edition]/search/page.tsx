import type { Metadata } from 'next';
import { NoResults } from '@/components/search/no-results';
import { SearchForm } from '@/components/layout/search-form';
import { Pagination } from '@/components/layout/pagination';
import { SearchResults } from '@/components/search/search-results';
import { resolveEdition } from '@/lib/editions/route-params';
import { getMessages } from '@/lib/messages';
import { parsePageNumber } from '@/lib/pages/pagination';
import { firstParam } from '@/lib/request/form-values';
import { routes } from '@/lib/routes';
import { searchArticles } from '@/lib/search';
import { listSections } from '@/lib/sections';

export async function generateMetadata({
  params,
}: PageProps<'/[edition]/search'>): Promise<Metadata> {
  const { code } = resolveEdition((await params).edition);
  // Result pages are endless variations of the site's own content: each names the edition's
  // search page as its canonical URL, so search engines keep that one page and no query of its
  // own (rather than noindex, which would also hide the search page itself).
  const { search } = getMessages(code);
  return {
    title: search.title,
    description: search.hint,
    alternates: { canonical: routes.search(code) },
  };
}

// The whole page waits for the search (a few milliseconds) instead of sending a static shell
// and streaming the results into it: streamed content is revealed by an inline script, so
// without JavaScript a reader would never see the results. Reading searchParams outside
// <Suspense> is what makes the route blocking; this export says that is intended.
export const instant = false;

export default async function SearchPage({ params, searchParams }: PageProps<'/[edition]/search'>) {
  const { code } = resolveEdition((await params).edition);
  const query = await searchParams;
  // An edition's search finds its own articles; "all editions" is one link away.
  const everyEdition = firstParam(query.editions) === 'all';
  const results = await searchArticles(
    firstParam(query.q) ?? '',
    parsePageNumber(firstParam(query.page) ?? '1') ?? 1,
    everyEdition ? undefined : code,
  );
  const messages = getMessages(code);
  const t = messages.search;
  const sections = listSections(code);
  return (
    <div className="py-4">
      <h1 className="font-serif text-3xl font-bold">{t.title}</h1>
      <SearchForm
        variant="page"
        query={results.query}
        lang={code}
        messages={messages}
        everyEdition={everyEdition}
      />
      {results.query !== '' && (
        <p className="mt-3 font-sans text-sm">
          {everyEdition ? t.everyEdition : t.inEdition(messages.editionName)}{' '}
          {!everyEdition && (
            <a
              href={routes.search(code, results.query, 1, true)}
              className="font-semibold text-brand underline underline-offset-2 dark:text-brand-dark"
            >
              {t.allEditions}
            </a>
          )}
        </p>
      )}
      {results.query === '' ? (
        <p className="mt-4 max-w-2xl text-neutral-600 dark:text-neutral-400">{t.hint}</p>
      ) : results.total === 0 ? (
        <NoResults query={results.query} sections={sections} lang={code} messages={messages} />
      ) : (
        <>
          <p className="mt-6 font-sans text-sm text-neutral-600 dark:text-neutral-400">
            {t.resultCount(results.total, results.query)}
          </p>
          <SearchResults hits={results.hits} sections={sections} label={t.results} />
          <Pagination
            page={results.page}
            totalPages={results.totalPages}
            hrefFor={(n) => routes.search(code, results.query, n, everyEdition)}
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
