import { firstParam } from '@/lib/request/form-values';
import { ConsoleHeader } from '@/components/moderation/console-header';
import { ConsolePagination } from '@/components/moderation/console-pagination';
import { ModerationLog } from '@/components/moderation/moderation-log';
import { requireModerator } from '@/components/moderation/require-moderator';
import { consoleMessages as t } from '@/lib/messages';
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
  return (
    <div className="py-4">
      <h1 className="mb-4 text-2xl font-bold">{t.logHeading}</h1>
      <ConsoleHeader username={view.moderator.username} current="log" />
      <ModerationLog entries={view.items} timeZone={getSite().timeZone} />
      <ConsolePagination
        page={view.page}
        totalPages={view.totalPages}
        hrefFor={(n) => routes.moderationLog(n)}
      />
    </div>
  );
}
