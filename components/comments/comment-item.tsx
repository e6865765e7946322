import type { ReactNode } from 'react';
import type { PublicComment } from '@/lib/comments';
import { formatDateTime } from '@/lib/dates';
import type { Messages } from '@/lib/messages';
import { reportCommentAction } from './actions';
import { ReportForm } from './report-form';

type Props = {
  comment: PublicComment;
  timeZone: string;
  messages: Messages;
  /** Replies are one level deep: only top-level comments get a Reply link. */
  canReply: boolean;
  children?: ReactNode;
};

/**
 * One approved comment. The body is plain text, shown exactly as written: React escapes it,
 * line breaks are kept by CSS, and its direction is isolated so right-to-left text (or a stray
 * override character) cannot spill into the page around it.
 */
export function CommentItem({ comment, timeZone, messages, canReply, children }: Props) {
  const anchor = `comment-${comment.id}`;
  const reasons = Object.entries(messages.reportReasons).map(([value, label]) => ({
    value,
    label,
  }));
  return (
    <li>
      <article
        id={anchor}
        aria-labelledby={`${anchor}-author`}
        className="scroll-mt-4 rounded target:bg-amber-50 target:outline target:outline-2 target:outline-amber-400 dark:target:bg-amber-950"
      >
        <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <h3 id={`${anchor}-author`} className="font-semibold">
            <bdi>{comment.authorName}</bdi>
          </h3>
          <a
            href={`#${anchor}`}
            className="text-sm text-neutral-600 hover:underline dark:text-neutral-400"
            aria-label={`${messages.commentPermalink}: ${formatDateTime(comment.createdAt, timeZone)}`}
          >
            <time dateTime={new Date(comment.createdAt).toISOString()}>
              {formatDateTime(comment.createdAt, timeZone)}
            </time>
          </a>
        </header>
        <p
          dir="auto"
          className="reader-comment mt-2 whitespace-pre-wrap [overflow-wrap:anywhere] [unicode-bidi:isolate]"
        >
          {comment.body}
        </p>
        <footer className="mt-2 flex flex-wrap items-start gap-4 text-sm">
          {canReply && (
            <a
              href="#comment-form"
              data-reply-to={comment.id}
              data-reply-name={comment.authorName}
              className="font-semibold text-brand hover:underline dark:text-brand-dark"
            >
              {messages.reply}
            </a>
          )}
          <ReportForm
            commentId={comment.id}
            labels={{
              report: messages.report,
              reasonLabel: messages.reportReasonLabel,
              send: messages.sendReport,
            }}
            reasons={reasons}
            action={reportCommentAction}
          />
        </footer>
      </article>
      {children}
    </li>
  );
}
