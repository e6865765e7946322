import { firstParam } from '@/lib/request/form-values';
import { queueAction } from '@/components/moderation/actions';
import { ArticleFilter } from '@/components/moderation/article-filter';
import { ConsoleHeader } from '@/components/moderation/console-header';
import { ConsolePagination } from '@/components/moderation/console-pagination';
import { QueueForm } from '@/components/moderation/queue-form';
import { QueueItem } from '@/components/moderation/queue-item';
import { requireModerator } from '@/components/moderation/require-moderator';
import { listArticles } from '@/lib/articles';
import { queues, type Queue } from '@/lib/comments';
import { categoryNames, consoleMessages as t } from '@/lib/messages';
import { rejectionCategories } from '@/lib/screening';
import { routes } from '@/lib/routes';
import { getSite } from '@/lib/site/config';

export default function ModerationPage({ searchParams }: PageProps<'/moderation'>) {
  return <QueueView searchParams={searchParams} />;
}

async function QueueView({ searchParams }: Pick<PageProps<'/moderation'>, 'searchParams'>) {
  const params = await searchParams;
  const queue: Queue = queues.find((name) => name === firstParam(params.queue)) ?? 'pending';
  const articleSlug = firstParam(params.article) || undefined;
  const page = Number(firstParam(params.page) ?? 1) || 1;
  const view = await requireModerator((moderation, request) =>
    moderation.viewQueue(request, { queue, page, ...(articleSlug ? { articleSlug } : {}) }),
  );
  const titles = new Map((await listArticles()).map((article) => [article.slug, article.title]));
  const categories = rejectionCategories.map((value) => ({
    value,
    label: categoryNames[value] ?? value,
  }));
  const pageHref = (n: number) =>
    routes.moderation({ queue, page: n, ...(articleSlug ? { article: articleSlug } : {}) });
  return (
    <div className="py-4">
      <h1 className="mb-4 text-2xl font-bold">
        {t.title}: {t.queueNames[queue]}
      </h1>
      <ConsoleHeader
        username={view.moderator.username}
        counts={view.counts}
        current={queue}
        {...(articleSlug ? { articleSlug } : {})}
      />
      <ArticleFilter
        queue={queue}
        articleSlug={articleSlug}
        articles={view.articles.map((slug) => ({ slug, title: titles.get(slug) }))}
      />
      <QueueForm
        action={queueAction}
        labels={{
          selectAll: t.selectAll,
          bulkApprove: t.bulkApprove,
          bulkReject: t.bulkReject,
          rejectReason: t.rejectReason,
          chooseReason: t.chooseReason,
          shortcuts: t.shortcuts,
        }}
        categories={categories}
        queue={queue}
        bulk={{
          approve: queue !== 'approved' && view.items.length > 0,
          reject: queue !== 'rejected' && view.items.length > 0,
        }}
      >
        {view.items.length === 0 ? (
          <p className="mt-6 text-neutral-600 dark:text-neutral-400">{t.emptyQueue}</p>
        ) : (
          <ol className="mt-4 space-y-4">
            {view.items.map((comment) => (
              <QueueItem
                key={comment.id}
                comment={comment}
                queue={queue}
                articleTitle={titles.get(comment.articleSlug)}
                timeZone={getSite().timeZone}
                categories={categories}
              />
            ))}
          </ol>
        )}
      </QueueForm>
      <ConsolePagination page={view.page} totalPages={view.totalPages} hrefFor={pageHref} />
    </div>
  );
}
