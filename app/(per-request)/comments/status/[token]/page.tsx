import type { Metadata } from 'next';
import { connection } from 'next/server';
import { withdrawCommentAction } from '@/components/comments/actions';
import { WithdrawForm } from '@/components/comments/withdraw-form';
import { PageNotFound } from '@/components/layout/page-not-found';
import { getArticle } from '@/lib/articles';
import { findCommentByStatusToken, type CommentStatusView } from '@/lib/comments';
import { formatDateTime } from '@/lib/text/dates';
import { defaultEdition, textDirection } from '@/lib/editions';
import { getMessages } from '@/lib/messages';
import { requestLanguage } from '@/lib/editions/page-language';
import { routes } from '@/lib/routes';
import { getSite } from '@/lib/site/config';

// A private link: never indexed, never sent to another site as a referrer. Not 'no-referrer':
// browsers then send "Origin: null" with the withdraw form, and Next.js refuses the action as
// cross-site; same-origin requests carry the origin, and the token stays on this site.
export async function generateMetadata(): Promise<Metadata> {
  // The comment's article's language (the root layout uses the same).
  const lang = await requestLanguage();
  return {
    title: getMessages(lang).statusTitle,
    robots: { index: false, follow: false },
    referrer: 'same-origin',
  };
}

export default async function CommentStatusPage({
  params,
  searchParams,
}: PageProps<'/comments/status/[token]'>) {
  await connection(); // the status changes when a moderator decides: always read it fresh
  const { token } = await params;
  const comment = await findCommentByStatusToken(token);
  // Only the holder of the link sees anything: a forged or unknown token gets the site's
  // not-found page (rendered here, not by notFound(), for the reasons on the report page).
  if (!comment) return <PageNotFound />;
  const confirming = (await searchParams).withdraw === 'confirm';
  return (
    <div className="mx-auto max-w-2xl py-8">
      <CommentStatus comment={comment} token={token} confirming={confirming} />
    </div>
  );
}

async function CommentStatus({
  comment,
  token,
  confirming,
}: {
  comment: CommentStatusView;
  token: string;
  confirming: boolean;
}) {
  const article = await getArticle(comment.articleSlug);
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
    <>
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
            <a href={routes.comment(comment.articleSlug, lang, comment.id)} className="underline">
              {messages.viewComment}
            </a>
          </p>
        )}
      </div>
      {comment.status !== 'withdrawn' && (
        <>
          <blockquote
            dir="auto"
            className="mt-6 rounded bg-neutral-100 p-4 whitespace-pre-wrap [overflow-wrap:anywhere] [unicode-bidi:isolate] dark:bg-neutral-900"
          >
            {comment.body}
          </blockquote>
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
    </>
  );
}
