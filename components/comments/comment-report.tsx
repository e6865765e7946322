import { reportReasons, type ReportableComment } from '@/lib/comments';
import { getMessages } from '@/lib/messages';
import { PageNotFound } from '../layout/page-not-found';
import { reportCommentAction } from './actions';
import type { ReportOutcome } from './form-state';
import { CommentBody } from './comment-body';
import { ReportForm } from './report-form';

type Props = {
  /** The comment while readers can see it; undefined after a report that hid it. */
  comment: ReportableComment | undefined;
  /** What became of the report just sent; undefined before one is sent. */
  sent: ReportOutcome | undefined;
  lang: string;
  /** The way back to the comment's article, when there is a published article to go back to. */
  back: { href: string; title: string } | undefined;
};

/** The report page: a comment and the form to report it, or what became of the report. */
export function CommentReport(props: Props) {
  return (
    <div className="mx-auto max-w-2xl py-8">
      <Report {...props} />
    </div>
  );
}

function Report({ comment, sent, lang, back }: Props) {
  const messages = getMessages(lang);
  const backLink = back && (
    <p className="mt-8">
      <a href={back.href} className="underline">
        {messages.backToArticle(back.title)}
      </a>
    </p>
  );
  // After the form was sent (the report may have just hidden the comment): say what happened.
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
        {backLink}
      </>
    );
  }
  if (!comment) return <PageNotFound />;
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">{messages.reportTitle}</h1>
      <figure className="mt-6 rounded bg-neutral-100 p-4 dark:bg-neutral-900">
        <figcaption className="font-semibold">
          <bdi>{comment.authorName}</bdi>
        </figcaption>
        <CommentBody as="blockquote" body={comment.body} />
      </figure>
      <div className="mt-6">
        <ReportForm
          commentId={comment.id}
          labels={{ reasonLabel: messages.reportReasonLabel, send: messages.sendReport }}
          reasons={reportReasons.map((value) => ({
            value,
            label: messages.reportReasons[value],
          }))}
          action={reportCommentAction}
        />
      </div>
      {backLink}
    </>
  );
}
