import type { Messages } from '@/lib/messages';
import { routes } from '@/lib/routes';
import { maxQueryLength } from '@/lib/search';

type Props = {
  /** `header`: the compact box on every page; `page`: the search page's own, with the query. */
  variant: 'header' | 'page';
  query?: string;
  /** The edition searched from: the form searches its articles. */
  lang: string;
  messages: Messages;
  /** Keep searching every edition (the results page's "all editions" view). */
  everyEdition?: boolean;
};

/** A plain GET form to the edition's search page: it works before (and without) any JavaScript. */
export function SearchForm({ variant, query = '', lang, messages, everyEdition = false }: Props) {
  const t = messages.search;
  const header = variant === 'header';
  return (
    <form
      method="get"
      action={routes.search(lang)}
      // One search landmark per page: the header's. The page's form is its main content.
      role={header ? 'search' : undefined}
      className={
        header ? 'flex w-full min-w-0 gap-2 pb-1 sm:w-auto' : 'mt-4 flex max-w-2xl flex-wrap gap-2'
      }
    >
      <label className={header ? 'min-w-0 flex-1' : 'flex min-w-0 flex-1 basis-64 flex-col gap-1'}>
        <span className={header ? 'sr-only' : 'font-sans text-sm font-semibold'}>{t.label}</span>
        <input
          type="search"
          name="q"
          defaultValue={query}
          maxLength={maxQueryLength}
          enterKeyHint="search"
          dir="auto"
          className={`w-full min-w-0 rounded border border-neutral-400 bg-white px-3 text-neutral-900 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100 ${
            header ? 'py-1.5 font-sans text-sm sm:w-56' : 'py-2 text-base'
          }`}
        />
      </label>
      {everyEdition ? <input type="hidden" name="editions" value="all" /> : null}
      <button
        type="submit"
        className={`shrink-0 self-end rounded bg-brand px-4 font-sans font-semibold text-white hover:bg-red-800 dark:bg-brand-dark dark:text-neutral-950 dark:hover:bg-red-300 ${
          header ? 'py-1.5 text-sm' : 'py-2 text-base'
        }`}
      >
        {t.submit}
      </button>
    </form>
  );
}
