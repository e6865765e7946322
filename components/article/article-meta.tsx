import { formatDisplayDate } from '@/lib/text/dates';
import type { Messages } from '@/lib/messages';

type Props = {
  date: string;
  updated: string | undefined;
  source: string;
  author: string | undefined;
  readingMinutes: number;
  messages: Messages;
  /** The article's language: its edition's digits and date rule. */
  lang: string;
};

/** Date, source and byline under the headline, as in the newsroom's print style: 26-04-2025
 * (each edition's own rule, lib/editions/index.ts). */
export function ArticleMeta({
  date,
  updated,
  source,
  author,
  readingMinutes,
  messages,
  lang,
}: Props) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 font-sans text-sm text-neutral-600 dark:text-neutral-400">
      <time dateTime={date} className="font-semibold text-neutral-800 dark:text-neutral-200">
        {formatDisplayDate(date, lang)}
      </time>
      <span>
        <span className="sr-only">{messages.source}: </span>
        <span className="font-semibold text-brand dark:text-brand-dark">{source}</span>
      </span>
      {author && (
        <span>
          {messages.by} {author}
        </span>
      )}
      {updated && (
        <span>
          {messages.updated} <time dateTime={updated}>{formatDisplayDate(updated, lang)}</time>
        </span>
      )}
      <span>{messages.minRead(readingMinutes)}</span>
    </div>
  );
}
