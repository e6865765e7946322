import type { Article } from '@/lib/articles';
import { findCommentPage, type CommentStatusView } from '@/lib/comments';
import { defaultEdition, textDirection } from '@/lib/editions';
import { getMessages } from '@/lib/messages';
import { routes } from '@/lib/routes';
import { getSite } from '@/lib/site/config';
import { formatDateTime } from '@/lib/text/dates';
import { withdrawCommentAction } from './actions';
import { CommentBody } from './comment-body';
import { WithdrawForm } from './withdraw-form';

type Props = {
  comment: CommentStatusView;
  /** The article it was posted under; undefined once the article is gone. */
  article: Pick<Article, 'slug' | 'lang' | 'title'> | undefined;
  token: string;
  /** The reader asked to withdraw it: the second, confirming step is shown. */
  confirming: boolean;
};

/** A comment's private status page: what became of it, its text, and the way to withdraw it. */
export async function CommentStatus({ comment, article, token, confirming }: Props) {
  const commentPage =
    comment.status === 'approved' && comment.hiddenAt === null
      ? await findCommentPage(comment.articleSlug, comment.id)
      : undefined;
  // In the language of the article it was posted under, like the form it came from.
  const lang = article?.lang ?? defaultEdition;
  const messages = getMessages(lang);
  const state = {
    pending: {
      label: messages.statusPending,
      body: messages.statusPendingBody,
      tone: 'border-amber-500',
    },
    approved: {
      label: messages.statusApproved,
      body: messages.statusApprovedBody,
      tone: 'border-green-700',
    },
    rejected: {
      label: messages.statusRejected,
      body: messages.statusRejectedBody(
        messages.categories[comment.rejectionCategory ?? 'other'] ?? messages.categories.other,
      ),
      tone: 'border-red-700',
    },
    withdrawn: {
      label: messages.statusWithdrawn,
      body: messages.statusWithdrawnBody,
      tone: 'border-neutral-500',
    },
  }[comment.status];
  return (
    <div className="mx-auto max-w-2xl py-8">
      <h1 className="font-serif text-3xl font-bold">{messages.statusTitle}</h1>
      {article && (
        <p className="mt-2 text-neutral-600 dark:text-neutral-400">
          {messages.statusOn}{' '}
          <a
            href={routes.article(article.slug, article.lang)}
            className="font-semibold underline"
            dir={textDirection(article.lang)}
          >
            {article.title}
          </a>
          , {formatDateTime(comment.createdAt, getSite().timeZone, lang)}
        </p>
      )}
      <div className={`mt-6 border-s-4 ps-4 ${state.tone}`}>
        <p className="text-sm font-semibold tracking-wide text-neutral-600 uppercase dark:text-neutral-400">
          {messages.statusLabel}
        </p>
        <p className="text-xl font-bold">{state.label}</p>
        <p className="mt-1">{state.body}</p>
        {comment.status === 'approved' && comment.hiddenAt === null && (
          <p className="mt-2">
            <a
              href={routes.comment(comment.articleSlug, lang, comment.id, commentPage)}
              className="underline"
            >
              {messages.viewComment}
            </a>
          </p>
        )}
      </div>
      {comment.status !== 'withdrawn' && (
        <>
          <CommentBody
            as="blockquote"
            body={comment.body}
            className="mt-6 rounded bg-neutral-100 p-4 dark:bg-neutral-900"
          />
          <WithdrawForm
            token={token}
            confirming={confirming}
            statusUrl={routes.commentStatus(token)}
            labels={{
              withdraw: messages.withdrawComment,
              confirmBody: messages.withdrawConfirmBody,
              confirm: messages.withdrawConfirm,
              cancel: messages.withdrawCancel,
            }}
            action={withdrawCommentAction}
          />
        </>
      )}
    </div>
  );
}
