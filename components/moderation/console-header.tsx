import { queues, type Queue } from '@/lib/comments';
import { consoleMessages as t } from '@/lib/messages';
import { routes } from '@/lib/routes';
import { signOutAction } from './actions';

type Props = {
  username: string;
  counts?: Record<Queue, number>;
  current: Queue | 'log';
  articleSlug?: string;
};

/** The console's top: queues with their counts, the log, who is signed in, and Sign out. */
export function ConsoleHeader({ username, counts, current, articleSlug }: Props) {
  return (
    <header className="flex flex-wrap items-center justify-between gap-4 border-b border-neutral-300 pb-4 dark:border-neutral-700">
      <nav aria-label={t.queues}>
        <ul className="flex flex-wrap gap-2">
          {queues.map((queue) => (
            <li key={queue}>
              <a
                href={routes.moderation({ queue, article: articleSlug })}
                aria-current={current === queue ? 'page' : undefined}
                className="block rounded px-3 py-1.5 font-semibold hover:bg-neutral-100 aria-[current=page]:bg-neutral-900 aria-[current=page]:text-white dark:hover:bg-neutral-800 dark:aria-[current=page]:bg-neutral-100 dark:aria-[current=page]:text-neutral-900"
              >
                {t.queueNames[queue]}
                {counts && <span className="ms-1.5 tabular-nums">({counts[queue]})</span>}
              </a>
            </li>
          ))}
          <li>
            <a
              href={routes.moderationLog()}
              aria-current={current === 'log' ? 'page' : undefined}
              className="block rounded px-3 py-1.5 font-semibold hover:bg-neutral-100 aria-[current=page]:bg-neutral-900 aria-[current=page]:text-white dark:hover:bg-neutral-800"
            >
              {t.log}
            </a>
          </li>
        </ul>
      </nav>
      <form action={signOutAction} className="flex items-center gap-3 text-sm">
        <span>{t.signedInAs(username)}</span>
        <button type="submit" className="rounded border border-neutral-400 px-3 py-1 font-semibold">
          {t.signOut}
        </button>
      </form>
    </header>
  );
}
