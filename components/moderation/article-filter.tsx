import type { Queue } from '@/lib/comments';
import { consoleMessages as t } from '@/lib/messages';
import { routes } from '@/lib/routes';

type Props = {
  queue: Queue;
  /** The article shown now; undefined for all of them. */
  articleSlug: string | undefined;
  /** Articles that have comments, by slug, each with its title when the article still exists. */
  articles: { slug: string; title: string | undefined }[];
};

/** Narrows the queue to one article's comments: a plain GET form, so it works without JavaScript. */
export function ArticleFilter({ queue, articleSlug, articles }: Props) {
  return (
    <form method="get" action={routes.moderation()} className="mt-4 flex flex-wrap items-end gap-2">
      <input type="hidden" name="queue" value={queue} />
      <label className="flex flex-col text-sm">
        {t.filterArticle}
        <select
          name="article"
          defaultValue={articleSlug ?? ''}
          className="max-w-md rounded border border-neutral-400 bg-white px-2 py-1 dark:bg-neutral-950"
        >
          <option value="">{t.allArticles}</option>
          {articles.map(({ slug, title }) => (
            <option key={slug} value={slug}>
              {title ?? slug}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded border border-neutral-400 px-3 py-1 font-semibold">
        {t.filter}
      </button>
    </form>
  );
}
