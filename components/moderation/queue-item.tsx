import { findCommentPage, type Queue } from '@/lib/comments';
import { formatDateTime } from '@/lib/text/dates';
import { defaultEdition, findEdition } from '@/lib/editions';
import { categoryNames, consoleMessages as t } from '@/lib/messages';
import type { QueueEntry } from '@/lib/moderation';
import { routes } from '@/lib/routes';
import { CommentBody } from '../comments/comment-body';
import { RejectReason } from './reject-reason';

type Props = {
  comment: QueueEntry;
  queue: Queue;
  articleTitle: string | undefined;
  timeZone: string;
  categories: { value: string; label: string }[];
};

/** One comment as the moderator sees it: everything about it, its flags with the matched text, and the decisions. */
export async function QueueItem({ comment, queue, articleTitle, timeZone, categories }: Props) {
  const id = comment.id;
  const canApprove = comment.status !== 'approved' || comment.openReports > 0;
  const canReject = comment.status !== 'rejected';
  // A comment is written in its article's language: `lang` picks fonts and pronunciation for it,
  // `dir="auto"` and <bdi> lay each piece out in its own direction inside the English console.
  const edition = comment.articleLang ? findEdition(comment.articleLang) : undefined;
  const lang = edition?.code;
  const commentPage =
    comment.status === 'approved' ? await findCommentPage(comment.articleSlug, id) : undefined;
  return (
    <li>
      <article
        data-queue-item
        tabIndex={-1}
        aria-labelledby={`q-${id}-title`}
        className="rounded border border-neutral-300 p-4 focus:outline-3 focus:outline-offset-2 focus:outline-brand dark:border-neutral-700 dark:focus:outline-brand-dark"
      >
        <header className="flex flex-wrap items-start gap-3">
          <input
            type="checkbox"
            name="ids"
            value={id}
            aria-label={t.select(comment.authorName)}
            className="mt-1.5 size-4"
          />
          <div className="min-w-0 flex-1">
            <h3 id={`q-${id}-title`} className="font-semibold">
              <bdi dir="auto">{comment.authorName}</bdi>{' '}
              <span className="font-normal text-neutral-600 dark:text-neutral-400">
                &lt;{comment.authorEmail}&gt;
              </span>
            </h3>
            <p className="text-sm text-neutral-600 dark:text-neutral-400">
              <time dateTime={new Date(comment.createdAt).toISOString()}>
                {formatDateTime(comment.createdAt, timeZone)}
              </time>{' '}
              {t.on}{' '}
              <a
                href={
                  comment.status === 'approved'
                    ? routes.comment(comment.articleSlug, lang ?? defaultEdition, id, commentPage)
                    : routes.article(comment.articleSlug, lang ?? defaultEdition)
                }
                className="underline"
              >
                <bdi dir="auto" lang={lang}>
                  {articleTitle ?? comment.articleSlug}
                </bdi>
              </a>
              {edition && <> · {edition.englishName}</>}
              {comment.parentId !== null && (
                <>
                  {' '}
                  · {t.reply} #{comment.parentId}
                </>
              )}
              {comment.decidedAt !== null && (
                <>
                  {' '}
                  · {t.statusNames[comment.status]}{' '}
                  {comment.rejectionCategory ? `(${categoryNames[comment.rejectionCategory]})` : ''}{' '}
                  {t.decidedBy} {comment.decidedBy ?? t.automatic}
                </>
              )}
            </p>
          </div>
        </header>
        {comment.flags.length > 0 && (
          <div className="mt-3 rounded bg-amber-50 p-2 text-sm dark:bg-amber-950">
            <p className="font-semibold">{t.flags}</p>
            <ul className="mt-1 space-y-1">
              {comment.flags.map((flag, index) => (
                <li key={index}>
                  <strong>{categoryNames[flag.category] ?? flag.category}</strong> ({flag.reason}):{' '}
                  <mark
                    dir="auto"
                    lang={lang}
                    className="rounded bg-amber-200 px-1 [unicode-bidi:isolate] dark:bg-amber-700"
                  >
                    {flag.evidence}
                  </mark>
                </li>
              ))}
            </ul>
          </div>
        )}
        {comment.openReports > 0 && (
          <p className="mt-3 rounded bg-red-50 p-2 text-sm dark:bg-red-950">
            <strong>{t.reports(comment.openReports)}</strong>:{' '}
            {comment.reportReasons.map((reason) => categoryNames[reason] ?? reason).join(', ')}
            {comment.hiddenAt !== null && <> · {t.hidden}</>}
          </p>
        )}
        <CommentBody body={comment.body} lang={lang} className="mt-3" />
        <div className="mt-3 flex flex-wrap items-end gap-3">
          {canApprove && (
            <button
              type="submit"
              name="intent"
              value={`approve:${id}`}
              data-shortcut="approve"
              className="rounded bg-green-800 px-4 py-1.5 font-semibold text-white"
            >
              {t.approve}
            </button>
          )}
          {queue === 'reported' && (
            <button
              type="submit"
              name="intent"
              value={`keep:${id}`}
              className="rounded border border-neutral-500 px-4 py-1.5 font-semibold"
            >
              {t.keep}
            </button>
          )}
          {canReject && (
            <>
              <RejectReason
                name={`category-${id}`}
                label={t.rejectReason}
                placeholder={t.chooseReason}
                categories={categories}
                shortcut
              />
              <button
                type="submit"
                name="intent"
                value={`reject:${id}`}
                data-shortcut="reject"
                className="rounded bg-red-800 px-4 py-1.5 font-semibold text-white"
              >
                {t.reject}
              </button>
            </>
          )}
        </div>
      </article>
    </li>
  );
}
