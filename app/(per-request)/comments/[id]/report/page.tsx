import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { reportCommentAction } from '@/components/comments/actions';
import { reportOutcomes } from '@/components/comments/form-state';
import { ReportForm } from '@/components/comments/report-form';
import { getArticle } from '@/lib/articles';
import { getReportableComment } from '@/lib/comments';
import { getMessages } from '@/lib/messages';
import { routes } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'Report a comment',
  robots: { index: false, follow: false },
};

// Rendered whole before any byte is sent, not streamed into a static shell: streamed content
// is revealed by an inline script, and this page must work without JavaScript.
export const instant = false;

export default function ReportCommentPage({
  params,
  searchParams,
}: PageProps<'/comments/[id]/report'>) {
  return (
    <div className="mx-auto max-w-2xl py-8">
      <Report params={params} searchParams={searchParams} />
    </div>
  );
}

async function Report({
  params,
  searchParams,
}: Pick<PageProps<'/comments/[id]/report'>, 'params' | 'searchParams'>) {
  await connection();
  const messages = getMessages();
  const id = Number((await params).id);
  const sentParam = (await searchParams).sent;
  const sent = reportOutcomes.find((outcome) => outcome === sentParam);
  // Only what readers can see: any other id, whatever its state, is the same 404.
  const comment = await getReportableComment(id);
  // After the form was sent (the report may have just hidden the comment): say what happened,
  // with the way back only while the comment is public, so nothing else is revealed.
  if (sent) {
    const message = {
      done: messages.reportThanks,
      already: messages.reportAlready,
      gone: messages.reportGone,
      limited: messages.reportLimited,
    }[sent];
    return (
      <>
        <h1 className="font-serif text-3xl font-bold">{messages.reportTitle}</h1>
        <p role="status" className="mt-4 font-semibold">
          {message}
        </p>
        {comment && (
          <p className="mt-8">
            <a href={routes.comment(comment.articleSlug, comment.id)} className="underline">
              {messages.backToArticle(
                (await getArticle(comment.articleSlug))?.title ?? comment.articleSlug,
              )}
            </a>
          </p>
        )}
      </>
    );
  }
  if (!comment) notFound();
  const article = await getArticle(comment.articleSlug);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">{messages.reportTitle}</h1>
      <figure className="mt-6 rounded bg-neutral-100 p-4 dark:bg-neutral-900">
        <figcaption className="font-semibold">
          <bdi>{comment.authorName}</bdi>
        </figcaption>
        <blockquote
          dir="auto"
          className="mt-2 whitespace-pre-wrap [overflow-wrap:anywhere] [unicode-bidi:isolate]"
        >
          {comment.body}
        </blockquote>
      </figure>
      <div className="mt-6">
        <ReportForm
          commentId={comment.id}
          labels={{ reasonLabel: messages.reportReasonLabel, send: messages.sendReport }}
          reasons={Object.entries(messages.reportReasons).map(([value, label]) => ({
            value,
            label,
          }))}
          action={reportCommentAction}
        />
      </div>
      <p className="mt-8">
        <a href={routes.comment(comment.articleSlug, comment.id)} className="underline">
          {messages.backToArticle(article?.title ?? comment.articleSlug)}
        </a>
      </p>
    </>
  );
}
