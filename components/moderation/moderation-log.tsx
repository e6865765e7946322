import type { ModerationLogEntry } from '@/lib/comments';
import { defaultEdition } from '@/lib/editions';
import { categoryNames, consoleMessages as t } from '@/lib/messages';
import { routes } from '@/lib/routes';
import { formatDateTime } from '@/lib/text/dates';

type Props = { entries: ModerationLogEntry[]; timeZone: string };

/** The moderation log: who decided what about which comment, and why, newest first. */
export function ModerationLog({ entries, timeZone }: Props) {
  const columns = [t.logWhen, t.logWho, t.logWhat, t.logComment, t.logWhy];
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full text-start text-sm">
        <thead>
          <tr className="border-b border-neutral-300 dark:border-neutral-700">
            {columns.map((column, index) => (
              <th
                key={column}
                scope="col"
                className={index < columns.length - 1 ? 'py-2 pe-3 text-start' : 'py-2 text-start'}
              >
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
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
                <span className="text-neutral-600 dark:text-neutral-400">{entry.articleSlug}</span>
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
  );
}
