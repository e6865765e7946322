import { firstParam } from '@/lib/request/form-values';
import { ConsoleHeader } from '@/components/moderation/console-header';
import { Pagination } from '@/components/layout/pagination';
import { requireModerator } from '@/components/moderation/require-moderator';
import { formatDateTime } from '@/lib/text/dates';
import { categoryNames, consoleMessages as t } from '@/lib/messages';
import { defaultEdition } from '@/lib/editions';
import { routes } from '@/lib/routes';
import { getSite } from '@/lib/site/config';

export default function ModerationLogPage({ searchParams }: PageProps<'/moderation/log'>) {
  return <LogView searchParams={searchParams} />;
}

async function LogView({ searchParams }: Pick<PageProps<'/moderation/log'>, 'searchParams'>) {
  const raw = (await searchParams).page;
  const page = Number(firstParam(raw)) || 1;
  const view = await requireModerator((moderation, request) =>
    moderation.viewLog(request, { page }),
  );
  const timeZone = getSite().timeZone;
  return (
    <div className="py-4">
      <h1 className="mb-4 text-2xl font-bold">{t.logHeading}</h1>
      <ConsoleHeader username={view.moderator.username} current="log" />
      <div className="mt-4 overflow-x-auto">
        <table className="w-full text-start text-sm">
          <thead>
            <tr className="border-b border-neutral-300 dark:border-neutral-700">
              <th scope="col" className="py-2 pe-3 text-start">
                {t.logWhen}
              </th>
              <th scope="col" className="py-2 pe-3 text-start">
                {t.logWho}
              </th>
              <th scope="col" className="py-2 pe-3 text-start">
                {t.logWhat}
              </th>
              <th scope="col" className="py-2 pe-3 text-start">
                {t.logComment}
              </th>
              <th scope="col" className="py-2 text-start">
                {t.logWhy}
              </th>
            </tr>
          </thead>
          <tbody>
            {view.items.map((entry) => (
              <tr
                key={entry.id}
                className="border-b border-neutral-200 align-top dark:border-neutral-800"
              >
                <td className="py-2 pe-3 whitespace-nowrap">
                  <time dateTime={new Date(entry.createdAt).toISOString()}>
                    {formatDateTime(entry.createdAt, timeZone)}
                  </time>
                </td>
                <td className="py-2 pe-3">{entry.moderator ?? t.automatic}</td>
                <td className="py-2 pe-3">{entry.action}</td>
                <td className="py-2 pe-3">
                  <a href={routes.article(entry.articleSlug, defaultEdition)} className="underline">
                    #{entry.commentId}
                  </a>{' '}
                  <span className="text-neutral-600 dark:text-neutral-400">
                    {entry.articleSlug}
                  </span>
                </td>
                <td className="py-2">
                  {[
                    entry.category ? (categoryNames[entry.category] ?? entry.category) : null,
                    entry.note,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        page={view.page}
        totalPages={view.totalPages}
        hrefFor={(n) => `/moderation/log?page=${n}`}
        labels={{
          nav: t.page(view.page, view.totalPages),
          previous: t.previous,
          next: t.next,
          current: t.page(view.page, view.totalPages),
        }}
      />
    </div>
  );
}
